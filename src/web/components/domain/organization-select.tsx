import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/format';
import { useLanguage, useLocalized } from '../../lib/use-language';
import { useOrganizationSearch } from '../../lib/use-organization-search';
import { SelectOnDemand } from '../ui/select-on-demand';

type OrganizationSelectProps = {
  label: string;
  value: string | null;
  onChange: (id: string | null, name: string) => void;
  placeholder?: string;
  required?: boolean;
  error?: string;
  /** Only organizations of this kind. */
  kind?: string;
  /** The name of the chosen organization when it is not among the found ones (e.g. when editing, or restored from the address). */
  chosenName?: string;
};

/**
 * One organization of the registry, searched on the server as the person types; each option shows
 * its country. The one chosen stays among the options while the search text finds other things.
 */
export function OrganizationSelect({ label, value, onChange, placeholder, required, error, kind, chosenName }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const found = useOrganizationSearch(debounced, { kind });
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(value && chosenName ? { value, label: chosenName } : null);
  const options = (found.data?.items ?? []).map((item) => ({ value: item.id, label: localized(item.name), description: countryName(item.country, language) }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) options.unshift({ ...chosen, description: '' });
  return (
    <SelectOnDemand
      label={label}
      placeholder={placeholder ?? t('ecosystems.organizationSearch')}
      required={required}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id, option?.label ?? '');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by the search; filtering again here would hide transliterated matches.
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          {'description' in option && option.description ? <div style={{ fontSize: 12, color: '#495057' }}>{String(option.description)}</div> : null}
        </div>
      )}
      nothingFoundMessage={debounced ? t('common.empty') : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
