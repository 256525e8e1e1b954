import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationKinds } from '../../../../shared/domain';
import { CountrySelect } from '../../../components/domain/country-select';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useEcosystems } from '../api/list-ecosystems';

export type OrganizationFilterValues = { q?: string; kind?: string; country?: string; ecosystemId?: string; directionId?: string };


type OrganizationFiltersProps = { values: OrganizationFilterValues; onChange: (values: OrganizationFilterValues) => void };

export function OrganizationFilters({ values, onChange }: OrganizationFiltersProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const ecosystems = useEcosystems();
  const directions = useDirections();
  const [search, setSearch] = useState(values.q ?? '');
  // Waits for a pause in typing, so the server is not asked at every key press.
  const applySearch = useDebouncedCallback((q: string) => onChange({ ...values, q: q || undefined }), 300);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <TextInput
        label={t('common.search')}
        placeholder={t('common.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 260 }}
        type="search"
      />
      <Select
        label={t('organizations.filterKind')}
        placeholder={t('common.any')}
        clearable
        data={organizationKinds.map((kind) => ({ value: kind, label: t(`enums.organizationKind.${kind}`) }))}
        value={values.kind ?? null}
        onChange={(kind) => onChange({ ...values, kind: kind ?? undefined })}
        w={{ base: '100%', sm: 220 }}
      />
      <CountrySelect
        label={t('organizations.filterCountry')}
        placeholder={t('common.any')}
        clearable
        value={values.country ?? null}
        onChange={(country) => onChange({ ...values, country: country ?? undefined })}
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('organizations.filterEcosystem')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={(ecosystems.data?.items ?? []).map((ecosystem) => ({ value: ecosystem.id, label: localized(ecosystem.name) }))}
        value={values.ecosystemId ?? null}
        onChange={(ecosystemId) => onChange({ ...values, ecosystemId: ecosystemId ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('organizations.filterDirection')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={(directions.data?.items ?? []).filter((d) => !d.parentId).map((d) => ({ value: d.id, label: localized(d.label) }))}
        value={values.directionId ?? null}
        onChange={(directionId) => onChange({ ...values, directionId: directionId ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
    </Group>
  );
}
