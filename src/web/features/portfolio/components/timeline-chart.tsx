import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { axisColor, useEChart } from '../../../components/ui/use-echart';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';

const dayMs = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** A milestone without a start is drawn as one week, so that it stays visible. */
const milestoneDays = 7;

/**
 * A Gantt-style timeline from stacked horizontal bars: a transparent offset from the project start,
 * then the span of each control point to its forecast or actual finish. The critical path is red.
 * Decorative for screen readers: the label and the table below say the same in words.
 */
export function TimelineChart({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const points = [...project.controlPoints].reverse();
  const origin = time(project.startsOn);
  const finishOf = (p: Project['controlPoints'][number]) => time(p.actualOn ?? (p.forecastOn && p.forecastOn > p.dueOn ? p.forecastOn : p.dueOn));
  const startOf = (p: Project['controlPoints'][number]) => (p.startsOn ? time(p.startsOn) : finishOf(p) - milestoneDays * dayMs);
  const container = useEChart(
    {
      tooltip: { trigger: 'item', formatter: (item: { dataIndex: number; seriesIndex: number }) => {
        const p = points[item.dataIndex]!;
        return `${p.key}: ${localized(p.title)}<br/>${t('portfolio.due')}: ${formatDate(p.dueOn, language)}`;
      } },
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: {
        // Values are milliseconds from the project start: stacked bars begin at zero.
        type: 'value', min: 0, max: time(project.endsOn) - origin,
        axisLabel: { color: axisColor, formatter: (value: number) => formatDate(new Date(origin + value).toISOString().slice(0, 10), language) },
      },
      yAxis: { type: 'category', data: points.map((p) => p.key), axisLabel: { color: axisColor } },
      series: [
        { type: 'bar', stack: 'span', silent: true, itemStyle: { color: 'transparent' }, data: points.map((p) => Math.max(0, startOf(p) - origin)), tooltip: { show: false } },
        {
          type: 'bar', stack: 'span', barMaxWidth: 18,
          data: points.map((p) => ({ value: Math.max(dayMs, finishOf(p) - Math.max(startOf(p), origin)), itemStyle: { color: p.critical ? '#c92a2a' : '#1864ab' } })),
        },
      ],
    },
    [project, language],
  );
  return (
    <Box
      ref={container}
      h={Math.max(160, points.length * 28 + 40)}
      w="100%"
      role="img"
      data-testid="timeline-chart"
      aria-label={t('portfolio.timelineSummary', { count: points.length, critical: project.controlPoints.filter((p) => p.critical).map((p) => p.key).join(', ') || '—' })}
    />
  );
}
