import { Box } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { pickLocalized } from '../../../../shared/languages';
import { axisColor } from '../../../components/ui/chart-colors';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { labelHeight, labelMargin, layoutTimeline, timelineSpans } from './timeline-layout';

const colors = { critical: '#c92a2a', other: '#1864ab', grid: '#dbdee4', axis: '#54555a' };
const font = '12px sans-serif';
const rowHeight = 28;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

let context: CanvasRenderingContext2D | null | undefined;
/** A label's width at the axis font (one canvas for all of them; a label measured once stays cheap). */
function measure(text: string): number {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
  }
  return context ? context.measureText(text).width : text.length * 7;
}

/** A 1 px line on the pixel grid, as a chart library would draw it (crisp, not blurred over two pixels). */
const crisp = (x: number) => Math.round(x) + 0.5;

/** The width of the box, followed as the window (or anything else) resizes it. */
function useWidth() {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { box, width };
}

type Tip = { row: number; x: number; y: number };

/**
 * A Gantt-style timeline: each control point spans from its start to its forecast or actual
 * finish; the critical path is red. Decorative for screen readers: the label and the table below
 * say the same in words. Drawn as plain SVG (decision 038): the page does not wait for a chart
 * library to load and lay out three hundred bars; hovering a bar shows its key, title and due date.
 */
export function TimelineChart({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { box, width } = useWidth();
  const height = Math.max(160, project.controlPoints.length * rowHeight + 40);
  const { points, spans } = useMemo(() => timelineSpans(project), [project]);
  const [tip, setTip] = useState<Tip | null>(null);
  const drawing = useMemo(() => {
    if (width === 0) return null;
    const origin = time(project.startsOn);
    const layout = layoutTimeline({
      width, height, max: time(project.endsOn) - origin, spans, rowLabels: points.map((p) => p.key), measure,
      tickLabel: (value) => formatDate(new Date(origin + value).toISOString().slice(0, 10), language),
    });
    const { plot } = layout;
    const bottom = plot.y + plot.height;
    return (
      <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0, userSelect: 'none' }} aria-hidden>
        {layout.ticks.map((tick, i) => <path key={`grid-${i}`} d={`M${crisp(tick.x)} ${plot.y}L${crisp(tick.x)} ${bottom}`} fill="none" stroke={colors.grid} />)}
        <path d={`M${crisp(plot.x)} ${bottom}L${crisp(plot.x)} ${plot.y}`} fill="none" stroke={colors.axis} strokeLinecap="round" />
        <g fill={axisColor} style={{ fontSize: 12, fontFamily: 'sans-serif' }} dominantBaseline="central">
          {layout.rows.map((row, i) => <text key={`row-${i}`} x={plot.x - labelMargin} y={row.y} textAnchor="end">{points[i]!.key}</text>)}
          {layout.ticks.map((tick, i) => tick.label !== null && (
            <text key={`tick-${i}`} x={tick.x} y={bottom + labelMargin + labelHeight / 2} textAnchor="middle">{tick.label}</text>
          ))}
        </g>
        {layout.rows.map(({ bar }, i) => (
          <path key={`bar-${i}`} data-row={i} d={`M${bar.x} ${bar.y}h${bar.width}v${bar.height}h${-bar.width}Z`} fill={spans[i]![3] ? colors.critical : colors.other} />
        ))}
      </svg>
    );
  }, [width, height, project.startsOn, project.endsOn, spans, points, language]);

  const follow = (event: MouseEvent<HTMLDivElement>) => {
    const row = (event.target as Element).getAttribute?.('data-row');
    if (row === null || row === undefined) {
      if (tip) setTip(null);
      return;
    }
    const rect = event.currentTarget.getBoundingClientRect();
    setTip({ row: Number(row), x: event.clientX - rect.left, y: event.clientY - rect.top });
  };
  const tipPoint = tip ? points[tip.row] : undefined;
  const critical = project.controlPoints.filter((p) => p.critical).map((p) => p.key).join(', ') || '—';
  return (
    <Box
      ref={box}
      h={height}
      w="100%"
      pos="relative"
      role="img"
      data-testid="timeline-chart"
      aria-label={t('portfolio.timelineSummary', { count: project.controlPoints.length, critical })}
      onMouseMove={follow}
      onMouseLeave={() => setTip(null)}
    >
      {drawing}
      {tip && tipPoint && (
        <div style={{ ...tipStyle, ...tipPlace(tip, width) }}>
          {`${tipPoint.key}: ${pickLocalized(tipPoint.title, language)}`}
          <br />
          {`${t('portfolio.due')}: ${formatDate(tipPoint.dueOn, language)}`}
        </div>
      )}
    </Box>
  );
}

/** The look of the chart library's tooltip the timeline had before, so the page looks as it did. */
const tipStyle = {
  position: 'absolute', whiteSpace: 'nowrap', zIndex: 10, pointerEvents: 'none', boxShadow: 'rgba(0, 0, 0, 0.2) 1px 2px 10px',
  background: '#fff', border: '1px solid rgb(80, 112, 221)', borderRadius: 4, color: 'rgb(109, 110, 115)', font: '14px / 21px sans-serif', padding: 10,
} as const;

/** Below and to the right of the pointer, or to its left near the right edge. */
function tipPlace(tip: Tip, width: number) {
  const offset = 20;
  return tip.x > width * 0.6 ? { right: width - tip.x + offset, top: tip.y + offset } : { left: tip.x + offset, top: tip.y + offset };
}
