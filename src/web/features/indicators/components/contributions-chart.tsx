import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategicIndicator } from '../../../../shared/contracts/indicators';
import { useLocalized } from '../../../lib/use-language';
import { axisColor, useEChart } from '../../../components/ui/use-echart';
import { useIndicatorTexts } from './use-indicator-texts';

/** The dashboard sends the largest contributors and the others summed; the indicator page sends them all. */
type Props = Pick<StrategicIndicator, 'name' | 'unit' | 'contributions' | 'contributionSummary'> & Partial<Pick<StrategicIndicator, 'otherContributions'>>;

/** Planned and actual contribution of each lower indicator (the uncovered remainder is said in words beside it). */
export function ContributionsChart({ indicator }: { indicator: Props }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { format } = useIndicatorTexts();
  const { contributionSummary: summary } = indicator;
  const rows = indicator.contributions.map((c) => ({
    label: c.indicator.code,
    planned: c.years.find((y) => y.year === summary.year)?.planned ?? 0,
    actual: c.years.find((y) => y.year === summary.actualYear)?.actual ?? 0,
  }));
  const others = indicator.otherContributions;
  if (others) rows.push({ label: t('indicators.otherContributors', { count: others.count }), planned: others.planned, actual: others.actual });
  const container = useEChart(
    {
      color: ['#748ffc', '#2b8a3e'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value, indicator.unit) : '') },
      legend: { data: [t('indicators.contributionPlanned'), t('indicators.contributionActual')], bottom: 0, textStyle: { color: axisColor } },
      grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: axisColor, formatter: (value: number) => format(value, indicator.unit) } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { color: axisColor, width: 170, overflow: 'truncate' } },
      series: [
        { name: t('indicators.contributionPlanned'), type: 'bar', data: rows.map((r) => r.planned) },
        { name: t('indicators.contributionActual'), type: 'bar', data: rows.map((r) => r.actual) },
      ],
    },
    [indicator],
  );
  const items = rows.map((r) => `${r.label}: ${format(r.planned, indicator.unit)} / ${format(r.actual, indicator.unit)}`).join('; ');
  return <Box ref={container} h={Math.max(180, rows.length * 44 + 60)} w="100%" role="img" aria-label={t('indicators.contributionsChartSummary', { name: localized(indicator.name), items })} />;
}
