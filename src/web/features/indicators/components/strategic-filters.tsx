import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategicDashboardQuery } from '../../../../shared/contracts/indicators';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useEcosystems } from '../api/list-ecosystems';

export function StrategicFilters({ values, onChange }: { values: StrategicDashboardQuery; onChange: (values: StrategicDashboardQuery) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const directions = (useDirections().data?.items ?? []).filter((d) => d.parentId === null);
  const ecosystems = useEcosystems().data?.items ?? [];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" className="no-print">
      <Select
        label={t('indicators.filterDirection')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={directions.map((d) => ({ value: d.id, label: localized(d.label) }))}
        value={values.directionId ?? null}
        onChange={(directionId) => onChange({ ...values, directionId: directionId ?? undefined })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('indicators.filterEcosystem')}
        placeholder={t('common.any')}
        clearable
        searchable
        data={ecosystems.map((e) => ({ value: e.id, label: localized(e.name) }))}
        value={values.ecosystemId ?? null}
        onChange={(ecosystemId) => onChange({ ...values, ecosystemId: ecosystemId ?? undefined })}
        w={{ base: '100%', sm: 320 }}
      />
    </Group>
  );
}
