import { Button, FileButton, Group, Image, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/contracts/registry';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { removeOrganizationLogo, setOrganizationLogo } from '../api/set-organization-logo';

/** The logo, and for editors a way to change or remove it. */
export function OrganizationLogo({ organization, name, canEdit }: { organization: Organization; name: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organizations'] });
  const upload = useMutation({ mutationFn: (file: File) => setOrganizationLogo(organization.id, file), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => removeOrganizationLogo(organization.id), onSuccess: refresh });
  if (!organization.logoUrl && !canEdit) return null;
  return (
    <Stack gap="xs" align="flex-start">
      {organization.logoUrl && <Image src={organization.logoUrl} alt={t('organizationForm.logoOf', { name })} h={72} w="auto" fit="contain" />}
      {canEdit && (
        <Group gap="xs">
          <FileButton accept="image/png,image/jpeg,image/webp" onChange={(file) => file && upload.mutate(file)}>
            {(props) => <Button {...props} size="xs" variant="default" loading={upload.isPending}>{t(organization.logoUrl ? 'organizationForm.changeLogo' : 'organizationForm.addLogo')}</Button>}
          </FileButton>
          {organization.logoUrl && <Button size="xs" variant="subtle" color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>{t('organizationForm.removeLogo')}</Button>}
        </Group>
      )}
      {(upload.error ?? remove.error) && <ErrorAlert error={upload.error ?? remove.error} />}
    </Stack>
  );
}
