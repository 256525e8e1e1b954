import { Box } from '@mantine/core';
import { CustomChart } from 'echarts/charts';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { pickLocalized } from '../../../../shared/languages';
import { axisColor, echarts, useEChart } from '../../../components/ui/echart-core';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

// One custom series draws each activity as one rectangle: no hidden offset bars, no bar layout.
echarts.use([CustomChart]);

const dayMs = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** A milestone without a start is drawn as one week, so that it stays visible. */
const milestoneDays = 7;
const colors = { critical: '#c92a2a', other: '#1864ab' };
/** Bars are at most 18 px thick in a 28 px row. */
const rowHeight = 28;
const barHeight = 18;

type Point = Project['controlPoints'][number];
/** [row, start, finish, critical]: start and finish in milliseconds from the project start. */
type Span = [number, number, number, 0 | 1];

/** Where each activity starts and finishes on the chart, top to bottom in the passport's order. */
export function timelineSpans(project: Project): { points: Point[]; spans: Span[] } {
  const points = [...project.controlPoints].reverse();
  const origin = time(project.startsOn);
  const finishOf = (p: Point) => time(p.actualOn ?? (p.forecastOn && p.forecastOn > p.dueOn ? p.forecastOn : p.dueOn));
  const startOf = (p: Point) => (p.startsOn ? time(p.startsOn) : finishOf(p) - milestoneDays * dayMs);
  const spans = points.map((p, row): Span => {
    const start = Math.max(0, startOf(p) - origin);
    return [row, start, start + Math.max(dayMs, finishOf(p) - Math.max(startOf(p), origin)), p.critical ? 1 : 0];
  });
  return { points, spans };
}

function renderSpan(_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) {
  const [x0, y] = api.coord([api.value(1), api.value(0)]) as [number, number];
  const [x1] = api.coord([api.value(2), api.value(0)]) as [number, number];
  const height = Math.min(barHeight, (api.size?.([0, 1]) as number[])[1]! * 0.65);
  return { type: 'rect' as const, shape: { x: x0, y: y - height / 2, width: Math.max(1, x1 - x0), height }, style: { fill: api.value(3) ? colors.critical : colors.other } };
}

/**
 * A Gantt-style timeline: each control point spans from its start to its forecast or actual
 * finish; the critical path is red. Decorative for screen readers: the label and the table below
 * say the same in words. The option is built once per project and language, without animation:
 * three hundred bars growing in would only delay the picture.
 */
export function TimelineChart({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const option = useMemo(() => {
    const { points, spans } = timelineSpans(project);
    const origin = time(project.startsOn);
    return {
      animation: false,
      tooltip: { trigger: 'item', formatter: (item: { dataIndex: number }) => {
        const p = points[item.dataIndex]!;
        return `${p.key}: ${pickLocalized(p.title, language)}<br/>${t('portfolio.due')}: ${formatDate(p.dueOn, language)}`;
      } },
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: {
        // Values are milliseconds from the project start.
        type: 'value', min: 0, max: time(project.endsOn) - origin,
        axisLabel: { color: axisColor, formatter: (value: number) => formatDate(new Date(origin + value).toISOString().slice(0, 10), language) },
      },
      yAxis: { type: 'category', data: points.map((p) => p.key), axisLabel: { color: axisColor } },
      series: [{ type: 'custom', renderItem: renderSpan, encode: { x: [1, 2], y: 0 }, data: spans }],
    };
  }, [project, language, t]);
  const container = useEChart(option, [option]);
  const critical = project.controlPoints.filter((p) => p.critical).map((p) => p.key).join(', ') || '—';
  return (
    <Box
      ref={container}
      h={Math.max(160, project.controlPoints.length * rowHeight + 40)}
      w="100%"
      role="img"
      data-testid="timeline-chart"
      aria-label={t('portfolio.timelineSummary', { count: project.controlPoints.length, critical })}
    />
  );
}
