import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectHealthStates, projectStages } from '../../../../shared/portfolio';
import { useLocalized } from '../../../lib/use-language';
import { useDirectionOptions, useEcosystemOptions } from '../api/overview-filter-options';
import { usePortfolios } from '../api/portfolio-api';
import { SelectOnDemand } from '../../../components/ui/select-on-demand';

export const overviewFilterKeys = ['portfolioId', 'stage', 'health', 'directionId', 'ecosystemId', 'curatorUserId'] as const;
export type OverviewFilterValues = Partial<Record<(typeof overviewFilterKeys)[number], string>>;

/** The overview's filters: portfolio, stage (the project's status), health, direction, ecosystem, curator. */
export function OverviewFilters({ values, onChange }: { values: OverviewFilterValues; onChange: (changes: OverviewFilterValues) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const portfolios = usePortfolios().data;
  const directions = (useDirectionOptions().data?.items ?? []).filter((d) => d.parentId === null);
  const ecosystems = useEcosystemOptions().data?.items ?? [];
  const select = (key: keyof OverviewFilterValues, label: string, data: { value: string; label: string }[], searchable = false) => (
    <SelectOnDemand
      key={key}
      label={label}
      placeholder={t('portfolio.any')}
      clearable
      searchable={searchable}
      value={values[key] ?? null}
      onChange={(value) => onChange({ [key]: value ?? undefined })}
      data={data}
      w={{ base: '100%', xs: 220 }}
      data-testid={`filter-${key}`}
    />
  );
  return (
    <Group component="section" aria-label={t('portfolio.filters')} gap="sm" align="end" wrap="wrap">
      {select('portfolioId', t('portfolio.portfolioFilter'), (portfolios?.portfolios ?? []).map((p) => ({ value: p.id, label: localized(p.name) })))}
      {select('stage', t('portfolio.stageFilter'), projectStages.map((s) => ({ value: s, label: t(`portfolio.stages.${s}`) })))}
      {select('health', t('portfolio.healthFilter'), projectHealthStates.map((h) => ({ value: h, label: t(`portfolio.healthStates.${h}`) })))}
      {select('directionId', t('portfolioOverview.directionFilter'), directions.map((d) => ({ value: d.id, label: localized(d.label) })), true)}
      {select('ecosystemId', t('portfolioOverview.ecosystemFilter'), ecosystems.map((e) => ({ value: e.id, label: localized(e.name) })), true)}
      {select('curatorUserId', t('portfolioOverview.curatorFilter'), (portfolios?.curators ?? []).map((c) => ({ value: c.id, label: c.fullName })), true)}
    </Group>
  );
}
