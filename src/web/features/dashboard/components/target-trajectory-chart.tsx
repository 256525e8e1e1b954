import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/contracts/indicators';
import { useIndicatorFormat } from '../../../components/domain/use-indicator-format';
import { useEChart } from '../../../components/ui/use-echart';
import { useLocalized } from '../../../lib/use-language';

/** Actuals against yearly targets. The picture is decorative for screen readers: its label says the same in words. */
export function TargetTrajectoryChart({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useIndicatorFormat();

  const years = [...new Set([...indicator.actuals, ...indicator.targets].map((point) => point.year))].sort();
  const valueIn = (points: { year: number; value: number }[], year: number) =>
    points.find((point) => point.year === year)?.value ?? null;
  const actualLabel = t('indicator.chartActual');
  const targetLabel = t('indicator.chartTarget');
  const describe = (points: { year: number; value: number }[]) =>
    points.map((point) => `${point.year}: ${format(point.value, indicator.unit)}`).join('; ') || t('indicator.noData');

  // The library comes after the page has painted (useEChart); the box keeps its place meanwhile.
  const container = useEChart(
    {
      color: ['#1971c2', '#c2255c'],
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value, indicator.unit) : '') },
      legend: { data: [actualLabel, targetLabel], bottom: 0, textStyle: { color: '#343a40' } },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), axisLabel: { color: '#343a40' } },
      yAxis: { type: 'value', axisLabel: { color: '#343a40', formatter: (value: number) => format(value, indicator.unit) } },
      series: [
        { name: actualLabel, type: 'line', data: years.map((year) => valueIn(indicator.actuals, year)), connectNulls: true, symbolSize: 8 },
        {
          name: targetLabel,
          type: 'line',
          data: years.map((year) => valueIn(indicator.targets, year)),
          connectNulls: true,
          lineStyle: { type: 'dashed' },
          symbolSize: 8,
        },
      ],
    },
    // Redrawn when the data changes; the labels and formats come with the language (useEChart adds it).
    [indicator],
  );

  return (
    <Box
      ref={container}
      h={240}
      w="100%"
      role="img"
      aria-label={t('indicator.chartSummary', {
        name: localized(indicator.name),
        actuals: describe(indicator.actuals),
        targets: describe(indicator.targets),
      })}
    />
  );
}
