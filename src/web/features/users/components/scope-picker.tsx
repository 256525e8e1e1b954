import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../lib/use-language';
import { useEcosystems } from '../api/list-ecosystems';
import { useOrganizationSearch } from '../../../lib/use-organization-search';

type ScopePickerProps = {
  kind: 'ecosystem' | 'organization';
  value: string | null;
  /** The name of the current scope, known from the user record before any search ran. */
  currentLabel: string | null;
  onChange: (id: string | null, label: string | null) => void;
  error?: string;
};

/** A park manager's ecosystem (a short list) or a member's organization (searched on the server). */
export function ScopePicker({ kind, value, currentLabel, onChange, error }: ScopePickerProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const ecosystems = useEcosystems();
  const organizations = useOrganizationSearch(kind === 'organization' ? debouncedSearch : '', { minLength: 0 });
  const found = kind === 'ecosystem' ? (ecosystems.data?.items ?? []) : (organizations.data?.items ?? []);
  const options = found.map((item) => ({ value: item.id, label: localized(item.name) }));
  if (value && currentLabel && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: currentLabel });
  }

  return (
    <Select
      label={kind === 'ecosystem' ? t('users.scopeEcosystem') : t('users.scopeOrganization')}
      placeholder={t('users.scopeSearch')}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => onChange(id, option?.label ?? null)}
      searchValue={kind === 'organization' ? search : undefined}
      onSearchChange={kind === 'organization' ? setSearch : undefined}
      // The server has already filtered by the search; filtering again here would hide transliterated matches.
      filter={kind === 'organization' ? ({ options: all }) => all : undefined}
      nothingFoundMessage={t('common.empty')}
      error={error}
      w={{ base: '100%', sm: 320 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
