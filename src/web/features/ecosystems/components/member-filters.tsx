import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '../../../../shared/domain';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useResidentTypeOptions } from './resident-type';

export type MemberFilterValues = {
  q?: string; status?: string; country?: string; directionId?: string; residentType?: string; periodFrom?: string; periodTo?: string;
};

type MemberFiltersProps = { values: MemberFilterValues; countries: string[]; onChange: (values: MemberFilterValues) => void };

export function MemberFilters({ values, countries, onChange }: MemberFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const directions = useDirections();
  const residentTypeOptions = useResidentTypeOptions();
  const [search, setSearch] = useState(values.q ?? '');
  // Waits for a pause in typing, so the server is not asked at every key press.
  const applySearch = useDebouncedCallback((q: string) => onChange({ ...values, q: q || undefined }), 300);
  const countryOptions = [...new Set([...countries, ...(values.country ? [values.country] : [])])];
  const topDirections = (directions.data?.items ?? []).filter((direction) => direction.parentId === null);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <TextInput
        label={t('common.search')}
        placeholder={t('ecosystems.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 240 }}
        type="search"
      />
      <Select
        label={t('ecosystems.filterStatus')}
        placeholder={t('common.any')}
        clearable
        data={membershipStatuses.map((status) => ({ value: status, label: t(`enums.membershipStatus.${status}`) }))}
        value={values.status ?? null}
        onChange={(status) => onChange({ ...values, status: status ?? undefined })}
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('ecosystems.filterCountry')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={countryOptions.map((code) => ({ value: code, label: countryName(code, language) }))}
        value={values.country ?? null}
        onChange={(country) => onChange({ ...values, country: country ?? undefined })}
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('ecosystems.filterDirection')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={topDirections.map((direction) => ({ value: direction.id, label: localized(direction.label) }))}
        value={values.directionId ?? null}
        onChange={(directionId) => onChange({ ...values, directionId: directionId ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('ecosystems.residentType')}
        placeholder={t('common.any')}
        clearable
        data={residentTypeOptions}
        value={values.residentType ?? null}
        onChange={(residentType) => onChange({ ...values, residentType: residentType ?? undefined })}
        w={{ base: '100%', sm: 220 }}
      />
      <TextInput
        type="date"
        label={t('ecosystems.filterPeriodFrom')}
        value={values.periodFrom ?? ''}
        onChange={(event) => onChange({ ...values, periodFrom: event.currentTarget.value || undefined })}
        w={{ base: '100%', sm: 160 }}
      />
      <TextInput
        type="date"
        label={t('ecosystems.filterPeriodTo')}
        value={values.periodTo ?? ''}
        onChange={(event) => onChange({ ...values, periodTo: event.currentTarget.value || undefined })}
        w={{ base: '100%', sm: 160 }}
      />
    </Group>
  );
}
