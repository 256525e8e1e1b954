import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/contracts/indicators';
import { useLocalized } from '../../../lib/use-language';
import { axisColor, useEChart } from '../../../components/ui/use-echart';
import { useIndicatorTexts } from './use-indicator-texts';

/**
 * The target trajectory (base and targets, straight between them), the confirmed actuals, and the
 * forecast band between the linear and the compound-growth forecasts, with both forecast lines.
 * Decorative for screen readers: the label says the same in words.
 */
export function TrajectoryChart({ indicator, height = 260, compact = false }: { indicator: Indicator; height?: number; compact?: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { format } = useIndicatorTexts();
  const { analytics } = indicator;
  const plan = [...(indicator.baseYear !== null && indicator.baseValue !== null ? [{ year: indicator.baseYear, value: indicator.baseValue }] : []), ...indicator.targets];
  const years = [...new Set([...plan, ...indicator.actuals].map((p) => p.year).concat(analytics.forecastBand.map((b) => b.year)))].sort((a, b) => a - b);
  const at = (points: { year: number; value: number }[], year: number) => points.find((p) => p.year === year)?.value ?? null;
  const latest = indicator.latestActual;
  // The band and the forecast lines start at the latest actual, so they join the actual line.
  const bandLow = years.map((year) => (latest && year === latest.year ? latest.value : analytics.forecastBand.find((b) => b.year === year)?.low ?? null));
  const bandSpan = years.map((year) => {
    if (latest && year === latest.year) return 0;
    const band = analytics.forecastBand.find((b) => b.year === year);
    return band ? band.high - band.low : null;
  });
  const forecastLine = (method: 'linear' | 'cagr') => {
    const forecast = analytics.forecasts.find((f) => f.method === method);
    return years.map((year) => (latest && year === latest.year && forecast ? latest.value : forecast?.series.find((p) => p.year === year)?.value ?? null));
  };
  const labels = { plan: t('indicators.chartPlan'), actual: t('indicators.chartActual'), linear: t('indicators.chartLinear'), cagr: t('indicators.chartCagr'), band: t('indicators.chartBand') };
  const container = useEChart(
    {
      color: ['#495057', '#1864ab', '#862e9c', '#c2255c', '#a5d8ff'],
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value, indicator.unit) : '') },
      legend: compact ? undefined : { data: [labels.plan, labels.actual, labels.linear, labels.cagr], bottom: 0, textStyle: { color: axisColor } },
      grid: { left: 8, right: 16, top: 16, bottom: compact ? 8 : 40, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), axisLabel: { color: axisColor } },
      yAxis: { type: 'value', scale: true, axisLabel: { color: axisColor, formatter: (value: number) => format(value, indicator.unit) } },
      series: [
        { name: labels.plan, type: 'line', data: years.map((year) => at(plan, year)), connectNulls: true, lineStyle: { type: 'dashed' }, symbolSize: 6 },
        { name: labels.actual, type: 'line', data: years.map((year) => at(indicator.actuals, year)), connectNulls: true, symbolSize: 8, lineStyle: { width: 3 } },
        { name: labels.linear, type: 'line', data: forecastLine('linear'), lineStyle: { type: 'dotted' }, symbol: 'none' },
        { name: labels.cagr, type: 'line', data: forecastLine('cagr'), lineStyle: { type: 'dotted' }, symbol: 'none' },
        { name: labels.band, type: 'line', stack: 'band', data: bandLow, lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
        { name: labels.band, type: 'line', stack: 'band', data: bandSpan, lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#a5d8ff', opacity: 0.5 }, tooltip: { show: false } },
      ],
    },
    [indicator, compact],
  );
  const describe = (points: { year: number; value: number }[]) => points.map((p) => `${p.year}: ${format(p.value, indicator.unit)}`).join('; ') || t('indicator.noData');
  const finalBand = analytics.forecastBand.at(-1);
  return (
    <Box
      ref={container}
      h={height}
      w="100%"
      role="img"
      aria-label={t('indicators.chartSummary', {
        name: localized(indicator.name),
        plan: describe(plan),
        actuals: describe(indicator.actuals),
        year: finalBand?.year ?? '—',
        low: finalBand ? format(finalBand.low, indicator.unit) : t('indicator.noData'),
        high: finalBand ? format(finalBand.high, indicator.unit) : t('indicator.noData'),
      })}
    />
  );
}
