import { Button, Group, NumberInput, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencies, infrastructureTypes } from '../../../../shared/infrastructure';
import { useLocalized } from '../../../lib/use-language';
import { useEcosystems } from '../api/list-ecosystems';

export const filterKeys = ['type', 'ecosystemId', 'areaMin', 'areaMax', 'priceMin', 'priceMax', 'currency', 'availableBy', 'status'] as const;
export type InfrastructureFilterValues = Partial<Record<(typeof filterKeys)[number], string>>;

type Props = { values: InfrastructureFilterValues; onChange: (values: InfrastructureFilterValues) => void };

const numberOrUndefined = (value: string | number) => (value === '' ? undefined : String(value));

/** Type, park, area in m², price in a currency and the day the object must be free by; all kept in the address. */
export function InfrastructureFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const ecosystems = useEcosystems().data?.items ?? [];
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label={t('infrastructure.filters')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select label={t('infrastructure.type')} placeholder={t('infrastructure.anyType')} clearable value={values.type ?? null}
          data={infrastructureTypes.map((type) => ({ value: type, label: t(`infrastructure.types.${type}`) }))}
          onChange={(type) => onChange({ type: type ?? undefined })} />
        <Select label={t('infrastructure.ecosystem')} placeholder={t('infrastructure.anyEcosystem')} clearable searchable value={values.ecosystemId ?? null}
          data={ecosystems.map((e) => ({ value: e.id, label: localized(e.shortName) || localized(e.name) }))}
          onChange={(ecosystemId) => onChange({ ecosystemId: ecosystemId ?? undefined })} />
        <NumberInput label={t('infrastructure.areaMin')} min={0} thousandSeparator=" " value={values.areaMin ?? ''} onChange={(v) => onChange({ areaMin: numberOrUndefined(v) })} />
        <NumberInput label={t('infrastructure.areaMax')} min={0} thousandSeparator=" " value={values.areaMax ?? ''} onChange={(v) => onChange({ areaMax: numberOrUndefined(v) })} />
        <NumberInput label={t('infrastructure.priceMin')} min={0} value={values.priceMin ?? ''} onChange={(v) => onChange({ priceMin: numberOrUndefined(v) })} />
        <NumberInput label={t('infrastructure.priceMax')} min={0} value={values.priceMax ?? ''} onChange={(v) => onChange({ priceMax: numberOrUndefined(v) })} />
        <Select label={t('infrastructure.currency')} placeholder={t('infrastructure.anyCurrency')} clearable value={values.currency ?? null}
          data={[...currencies]} onChange={(currency) => onChange({ currency: currency ?? undefined })} />
        <TextInput type="date" label={t('infrastructure.availableBy')} value={values.availableBy ?? ''} onChange={(event) => onChange({ availableBy: event.currentTarget.value || undefined })} />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="subtle" size="xs" onClick={() => onChange(Object.fromEntries(filterKeys.map((key) => [key, undefined])))}>
          {t('infrastructure.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
