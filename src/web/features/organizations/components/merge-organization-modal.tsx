import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Organization } from '../../../../shared/contracts/registry';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useMergeOrganization } from '../api/merge-organization';
import { useOrganizationSearch } from '../../../lib/use-organization-search';
import { notify } from '../../../components/ui/notify';

type MergeOrganizationModalProps = { organization: Organization; opened: boolean; onClose: () => void };

/** Picks the organization to keep, says what moves and that this one goes, then merges and opens the kept one. */
export function MergeOrganizationModal({ organization, opened, onClose }: MergeOrganizationModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const navigate = useNavigate();
  const { mutation: merge, refreshAfterMerge } = useMergeOrganization();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [intoId, setIntoId] = useState<string | null>(null);
  const found = useOrganizationSearch(debouncedSearch, { minLength: 0 });
  const options = (found.data?.items ?? [])
    .filter((item) => item.id !== organization.id)
    .map((item) => ({ value: item.id, label: `${localized(item.name)} · ${countryName(item.country, language)}` }));
  const name = localized(organization.name);

  async function confirm() {
    if (!intoId) return;
    // A refusal is shown from merge.error; only success goes on.
    const kept = await merge.mutateAsync({ id: organization.id, intoId }).catch(() => null);
    if (!kept) return;
    notify(t('organizationForm.merged'), 'green');
    // The merged organization no longer exists: leave its page first, then refresh what was read.
    await navigate(`/organizations/${kept.id}`, { replace: true });
    void refreshAfterMerge();
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t('organizationForm.mergeTitle')} size="lg">
      <Stack>
        {merge.isError && <ErrorAlert error={merge.error} />}
        <Select
          label={t('organizationForm.mergeTarget')}
          placeholder={t('organizationForm.mergeSearch')}
          searchable
          clearable
          data={options}
          value={intoId}
          onChange={setIntoId}
          searchValue={search}
          onSearchChange={setSearch}
          // The server has filtered by the search already, across scripts; filtering again would hide those matches.
          filter={({ options: all }) => all}
          nothingFoundMessage={t('common.empty')}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{t('organizationForm.mergeExplanation', { name })}</Text>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} disabled={!intoId} loading={merge.isPending}>
            {t('organizationForm.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
