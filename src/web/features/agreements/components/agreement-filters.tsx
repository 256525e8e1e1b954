import { Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementKinds, agreementStatuses, healthStates } from '../../../../shared/domain';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useEcosystems } from '../api/list-ecosystems';
import { OrganizationSelect } from '../../../components/domain/organization-select';
import { SelectOnDemand } from '../../../components/ui/select-on-demand';

export const filterKeys = ['q', 'status', 'kind', 'organizationId', 'ecosystemId', 'directionId', 'signedFrom', 'signedTo', 'health', 'sort'] as const;
export type FilterValues = Partial<Record<(typeof filterKeys)[number], string>>;

type Props = { values: FilterValues; update: (changes: FilterValues) => void };

/** Filters of the agreement list, all kept in the address. */
export function AgreementFilters({ values, update }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [search, setSearch] = useState(values.q ?? '');
  const applySearch = useDebouncedCallback((q: string) => update({ q }), 300);
  const directions = useDirections();
  const ecosystems = useEcosystems();
  const width = { base: '100%', sm: 200 };
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput type="search" label={t('common.search')} leftSection={<IconSearch size={16} aria-hidden />} value={search}
        onChange={(event) => { setSearch(event.currentTarget.value); applySearch(event.currentTarget.value); }} w={{ base: '100%', sm: 280 }} />
      <SelectOnDemand label={t('agreements.filterStatus')} placeholder={t('common.any')} clearable w={width}
        data={agreementStatuses.map((status) => ({ value: status, label: t(`enums.agreementStatus.${status}`) }))}
        value={values.status ?? null} onChange={(status) => update({ status: status ?? undefined })} />
      <SelectOnDemand label={t('agreements.filterKind')} placeholder={t('common.any')} clearable w={width}
        data={agreementKinds.map((kind) => ({ value: kind, label: t(`enums.agreementKind.${kind}`) }))}
        value={values.kind ?? null} onChange={(kind) => update({ kind: kind ?? undefined })} />
      <SelectOnDemand label={t('agreements.filterHealth')} placeholder={t('common.any')} clearable w={width}
        data={healthStates.map((state) => ({ value: state, label: t(`agreements.health.${state}`) }))}
        value={values.health ?? null} onChange={(health) => update({ health: health ?? undefined })} />
      <div style={{ width: 260, maxWidth: '100%' }}>
        <OrganizationSelect label={t('agreements.filterParty')} value={values.organizationId ?? null} onChange={(id) => update({ organizationId: id ?? undefined })} />
      </div>
      <SelectOnDemand label={t('agreements.filterEcosystem')} placeholder={t('common.any')} clearable searchable w={{ base: '100%', sm: 240 }}
        data={(ecosystems.data?.items ?? []).map((e) => ({ value: e.id, label: localized(e.shortName) || localized(e.name) }))}
        value={values.ecosystemId ?? null} onChange={(id) => update({ ecosystemId: id ?? undefined })} comboboxProps={{ withinPortal: true }} />
      <SelectOnDemand label={t('agreements.filterDirection')} placeholder={t('common.any')} clearable searchable w={{ base: '100%', sm: 240 }}
        data={(directions.data?.items ?? []).map((d) => ({ value: d.id, label: localized(d.label) }))}
        value={values.directionId ?? null} onChange={(id) => update({ directionId: id ?? undefined })} comboboxProps={{ withinPortal: true }} />
      <TextInput type="date" label={t('agreements.signedFrom')} value={values.signedFrom ?? ''} onChange={(event) => update({ signedFrom: event.currentTarget.value || undefined })} w={{ base: '100%', sm: 170 }} />
      <TextInput type="date" label={t('agreements.signedTo')} value={values.signedTo ?? ''} onChange={(event) => update({ signedTo: event.currentTarget.value || undefined })} w={{ base: '100%', sm: 170 }} />
    </Group>
  );
}
