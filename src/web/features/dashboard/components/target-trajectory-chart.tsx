import { Box } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/contracts/indicators';
import { useIndicatorFormat } from '../../../components/domain/use-indicator-format';
import { useLocalized } from '../../../lib/use-language';

// Only the parts drawn here, so the bundle does not carry all of ECharts.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Actuals against yearly targets. The picture is decorative for screen readers: its label says the same in words. */
export function TargetTrajectoryChart({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const format = useIndicatorFormat();
  const container = useRef<HTMLDivElement>(null);

  const years = [...new Set([...indicator.actuals, ...indicator.targets].map((point) => point.year))].sort();
  const valueIn = (points: { year: number; value: number }[], year: number) =>
    points.find((point) => point.year === year)?.value ?? null;
  const actualLabel = t('indicator.chartActual');
  const targetLabel = t('indicator.chartTarget');
  const describe = (points: { year: number; value: number }[]) =>
    points.map((point) => `${point.year}: ${format(point.value, indicator.unit)}`).join('; ') || t('indicator.noData');

  useEffect(() => {
    if (!container.current) return;
    const chart = echarts.init(container.current, undefined, { renderer: 'svg', locale: i18n.resolvedLanguage === 'zh' ? 'ZH' : 'EN' });
    chart.setOption({
      aria: { enabled: false },
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
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
    // Redrawn when the data or the language changes; the labels and formats come with the language.
  }, [indicator, i18n.resolvedLanguage]);

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
