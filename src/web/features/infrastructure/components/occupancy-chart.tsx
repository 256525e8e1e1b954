import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Occupancy } from '../../../../shared/contracts/infrastructure';
import { infrastructureStatuses } from '../../../../shared/infrastructure';
import { axisColor, useEChart } from '../../../components/ui/use-echart';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { statusColors } from './infrastructure-map';

/** Area of the park's objects by status at each month's end, stacked; its label says the same in words. */
export function OccupancyChart({ occupancy }: { occupancy: Occupancy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (status: (typeof infrastructureStatuses)[number]) => t(`infrastructure.statuses.${status}`);
  const container = useEChart(
    {
      color: infrastructureStatuses.map((status) => statusColors[status]),
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : '') },
      legend: { data: infrastructureStatuses.map(name), bottom: 0, textStyle: { color: axisColor } },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: occupancy.points.map((point) => point.month), axisLabel: { color: axisColor } },
      yAxis: { type: 'value', axisLabel: { color: axisColor, formatter: (value: number) => formatNumber(value, language) } },
      series: infrastructureStatuses.map((status) => ({ name: name(status), type: 'bar', stack: 'area', data: occupancy.points.map((point) => point[status]) })),
    },
    [occupancy, language],
  );
  const points = occupancy.points
    .filter((point) => point.available + point.reserved + point.occupied > 0)
    .map((point) => `${point.month}: ${infrastructureStatuses.map((status) => `${name(status)} ${formatNumber(point[status], language)}`).join(', ')}`)
    .join('; ');
  return <Box ref={container} h={300} w="100%" role="img" aria-label={t('infrastructure.occupancySummary', { points: points || t('infrastructure.noData') })} />;
}
