import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOrganizationSearch } from '../api/search-organizations';

type Props = {
  label: string;
  value: string | null;
  onChange: (id: string | null, name: string) => void;
  required?: boolean;
  error?: string;
  /** The name of the organization already chosen (e.g. the event's organizer when editing). */
  chosenName?: string;
};

/** Searches the registry on the server as the person types; only organizations the caller may see come back. */
export function OrganizationPicker({ label, value, onChange, required, error, chosenName }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const found = useOrganizationSearch(debounced);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(value && chosenName ? { value, label: chosenName } : null);
  const options = (found.data?.items ?? []).map((item) => ({ value: item.id, label: localized(item.name), description: countryName(item.country, language) }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) options.unshift({ ...chosen, description: '' });
  return (
    <Select
      label={label}
      placeholder={t('eventForms.organizationSearch')}
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
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced ? t('common.empty') : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
