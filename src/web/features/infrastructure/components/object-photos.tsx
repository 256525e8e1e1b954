import { ActionIcon, Button, FileButton, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { photoTypes, useObjectPhotos } from '../api/infrastructure-photos';

const maxPhotos = 12;

/**
 * The object's photos, the first as its cover, each described for screen readers by the object's
 * name and its place; the park's managers add, reorder and remove them here.
 */
export function ObjectPhotos({ object, manage = false }: { object: InfrastructureObject; manage?: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { add, remove, reorder } = useObjectPhotos(object.id);
  const name = localized(object.name);
  const ids = object.photos.map((photo) => photo.id);
  const moved = (from: number, to: number) => {
    const next = [...ids];
    const [photo] = next.splice(from, 1);
    next.splice(to, 0, photo!);
    return next;
  };
  if (!manage && object.photos.length === 0) return null;
  const error = add.error ?? remove.error ?? reorder.error;
  return (
    <Stack gap="xs" component="section" aria-labelledby="object-photos-heading">
      <Title order={2} size="h4" id="object-photos-heading">{t('infrastructureObject.photos')}</Title>
      {object.photos.length === 0 && <Text size="sm">{t('infrastructureObject.noPhotos')}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {object.photos.map((photo, index) => {
          const place = { name, index: index + 1, total: object.photos.length };
          return (
            <Stack key={photo.id} gap={4}>
              <Image src={photo.url} alt={t('infrastructureObject.photoAlt', place)} radius="sm" h={index === 0 && !manage ? 240 : 160} fit="cover" />
              {manage && (
                <Group gap={4} justify="center">
                  <ActionIcon variant="default" disabled={index === 0 || reorder.isPending} onClick={() => reorder.mutate(moved(index, index - 1))} aria-label={t('infrastructureObject.moveEarlier', place)}>
                    <IconArrowLeft size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="default" disabled={index === object.photos.length - 1 || reorder.isPending} onClick={() => reorder.mutate(moved(index, index + 1))} aria-label={t('infrastructureObject.moveLater', place)}>
                    <IconArrowRight size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="default" color="red.9" loading={remove.isPending && remove.variables === photo.id}
                    onClick={() => remove.mutate(photo.id, { onSuccess: () => notify(t('infrastructureObject.photoRemoved')) })} aria-label={t('infrastructureObject.removePhoto', place)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      {manage && (
        <Stack gap={4} align="flex-start">
          <FileButton accept={photoTypes.join(',')} onChange={(file) => file && add.mutate(file, { onSuccess: () => notify(t('infrastructureObject.photoAdded')) })}>
            {(props) => <Button {...props} variant="default" size="sm" loading={add.isPending} disabled={object.photos.length >= maxPhotos}>{t('infrastructureObject.addPhoto')}</Button>}
          </FileButton>
          <Text size="xs" c="dimmed">{t('infrastructureObject.photoRules')}</Text>
        </Stack>
      )}
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}
