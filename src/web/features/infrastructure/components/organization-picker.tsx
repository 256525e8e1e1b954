import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOrganizationSearch } from '../api/search-organizations';

type OrganizationPickerProps = { value: string | null; onChange: (id: string | null) => void; error?: string };

/** The organization registered as resident: searched in the registry on the server as the manager types. */
export function OrganizationPicker({ value, onChange, error }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const found = useOrganizationSearch(debouncedSearch);
  // The chosen one stays among the options while the search text (now its name) finds other things.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = (found.data?.items ?? []).map((item) => ({ value: item.id, label: localized(item.name), description: countryName(item.country, language) }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) options.unshift({ ...chosen, description: '' });

  return (
    <Select
      label={t('investorRequest.pickOrganization')}
      placeholder={t('investorRequest.pickOrganizationHint')}
      required
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          {'description' in option && option.description ? <div style={{ fontSize: 12, color: '#495057' }}>{String(option.description)}</div> : null}
        </div>
      )}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by the search; filtering again here would hide transliterated matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={debouncedSearch ? t('common.empty') : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
