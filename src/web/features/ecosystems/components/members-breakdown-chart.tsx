import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { axisColor, useEChart } from '../../../components/ui/use-echart';

export type BreakdownItem = { label: string; count: number };

/** Horizontal bars, largest on top; long tails are cut to the first ten so the labels stay readable. */
export function MembersBreakdownChart({ items }: { items: BreakdownItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = items.slice(0, 10).reverse();
  const container = useEChart(
    {
      color: ['#1864ab'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : '') },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: axisColor } },
      yAxis: { type: 'category', data: shown.map((item) => item.label), axisLabel: { color: axisColor, width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map((item) => item.count), label: { show: true, position: 'right', color: axisColor } }],
    },
    [items, language],
  );
  const points = items.map((item) => `${item.label} ${formatNumber(item.count, language)}`).join('; ');
  return <Box ref={container} h={Math.max(160, shown.length * 30 + 24)} w="100%" role="img" aria-label={t('ecosystems.breakdownSummary', { points: points || t('ecosystems.noData') })} />;
}
