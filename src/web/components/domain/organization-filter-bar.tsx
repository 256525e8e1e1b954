import { Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationKinds } from '../../../shared/domain';
import { CountrySelect } from './country-select';
import { SelectOnDemand } from '../ui/select-on-demand';

export type OrganizationFilterValues = { q?: string; kind?: string; country?: string; ecosystemId?: string; directionId?: string };
type Option = { value: string; label: string };

type Props = {
  values: OrganizationFilterValues;
  onChange: (values: OrganizationFilterValues) => void;
  /** The ecosystems the caller may filter by, already labelled. */
  ecosystems: Option[];
  /** Top-level directions; without them the direction filter is not offered. */
  directions?: Option[];
};

/** Search, kind, country, ecosystem and (optionally) direction: the registry's and the catalog's filters. */
export function OrganizationFilterBar({ values, onChange, ecosystems, directions }: Props) {
  const { t } = useTranslation();
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
      <SelectOnDemand
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
      <SelectOnDemand
        label={t('organizations.filterEcosystem')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={ecosystems}
        value={values.ecosystemId ?? null}
        onChange={(ecosystemId) => onChange({ ...values, ecosystemId: ecosystemId ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      {directions && (
        <SelectOnDemand
          label={t('organizations.filterDirection')}
          placeholder={t('common.any')}
          clearable
          searchable
          data={directions}
          value={values.directionId ?? null}
          onChange={(directionId) => onChange({ ...values, directionId: directionId ?? undefined })}
          w={{ base: '100%', sm: 260 }}
        />
      )}
    </Group>
  );
}
