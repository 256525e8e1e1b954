import { Button, Group } from '@mantine/core';
import { IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organization } from '../../../../shared/contracts/registry';
import { useCurrentUser } from '../api/get-current-user';
import { canEditOrganization, canMergeOrganizations } from '../utils/organization-permissions';
import { MergeOrganizationModal } from './merge-organization-modal';

/** Edit and merge, for those allowed; nothing at all for the others. */
export function OrganizationHeaderActions({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const user = useCurrentUser().data?.user;
  const [merging, setMerging] = useState(false);
  const canEdit = canEditOrganization(user, organization);
  const canMerge = canMergeOrganizations(user);
  if (!canEdit && !canMerge) return null;
  return (
    <Group gap="xs">
      {canEdit && (
        <Button component={Link} to={`/organizations/${organization.id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
          {t('organizationForm.edit')}
        </Button>
      )}
      {canMerge && (
        <>
          <Button variant="default" leftSection={<IconArrowMerge size={16} aria-hidden />} onClick={() => setMerging(true)}>
            {t('organizationForm.merge')}
          </Button>
          {merging && <MergeOrganizationModal organization={organization} opened={merging} onClose={() => setMerging(false)} />}
        </>
      )}
    </Group>
  );
}
