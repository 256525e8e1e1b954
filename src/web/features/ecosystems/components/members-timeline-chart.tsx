import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EcosystemStats } from '../../../../shared/contracts/ecosystems';
import type { membershipStatuses } from '../../../../shared/domain';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { axisColor, useEChart } from '../../../components/ui/use-echart';

type Status = (typeof membershipStatuses)[number];
const order: Status[] = ['resident', 'applicant', 'former'];
export const statusLabels = { resident: 'ecosystems.statResidents', applicant: 'ecosystems.statApplicants', former: 'ecosystems.statFormer' } as const satisfies Record<Status, string>;

// Blue, teal and grey: apart for colour-blind readers, each dark enough on white.
const statusColors = { resident: '#1864ab', applicant: '#087f5b', former: '#495057' } as const;

/** Members by status at each year's end. The picture is decorative for screen readers: its label says the same in words. */
export function MembersTimelineChart({ timeline }: { timeline: EcosystemStats['timeline'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (status: Status) => t(statusLabels[status]);
  const container = useEChart(
    {
      color: order.map((status) => statusColors[status]),
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : '') },
      legend: { data: order.map(name), bottom: 0, textStyle: { color: axisColor } },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: timeline.map((point) => String(point.year)), axisLabel: { color: axisColor } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: axisColor } },
      series: order.map((status) => ({ name: name(status), type: 'line', data: timeline.map((point) => point[status]), symbolSize: 7, ...(status === 'former' ? { lineStyle: { type: 'dashed' } } : {}) })),
    },
    [timeline, language],
  );
  const points = timeline.map((point) => `${point.year}: ${order.map((status) => `${name(status)} ${formatNumber(point[status], language)}`).join(', ')}`).join('; ');
  return <Box ref={container} h={260} w="100%" role="img" aria-label={t('ecosystems.timelineSummary', { points: points || t('ecosystems.noData') })} />;
}
