import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaxonomyDirection } from '../../../../shared/contracts/taxonomy';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { useDeleteDirection } from '../api/delete-direction';
import { notify } from '../../../components/ui/notify';

/** Asks before deleting; the server decides whether it may (unused, added by an administrator) and says why not. */
export function DeleteDirectionModal({ direction, onClose }: { direction: TaxonomyDirection; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deleteDirection = useDeleteDirection();
  const name = direction.label[language];

  function confirm() {
    deleteDirection.mutate(direction.id, {
      onSuccess: () => {
        notify(t('taxonomy.deleted'), 'green');
        onClose();
      },
    });
  }

  return (
    <AppModal opened onClose={onClose} title={t('taxonomy.deleteTitle')}>
      <Stack>
        {deleteDirection.isError && <ErrorAlert error={deleteDirection.error} />}
        <Text size="sm">{t('taxonomy.deleteText', { name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" onClick={confirm} loading={deleteDirection.isPending}>
            {t('taxonomy.delete')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
