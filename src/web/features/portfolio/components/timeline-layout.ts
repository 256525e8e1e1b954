import type { Project } from '../../../../shared/contracts/portfolio';

// Where everything of the project timeline goes, computed without a chart library (decision 038): the
// same picture the ECharts grid drew — a value axis of milliseconds from the project start with "nice"
// ticks, one category row per activity, labels kept inside the box — in a few hundred lines less.

const dayMs = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** A milestone without a start is drawn as one week, so that it stays visible. */
const milestoneDays = 7;
/** Bars are at most 18 px thick, 65 % of their row. */
const barHeight = 18;
/** The box around the plot (what ECharts called the grid) and the gap between an axis and its labels. */
export const gridMargin = { left: 8, right: 16, top: 8, bottom: 24 };
export const labelMargin = 8;
export const labelHeight = 12;
/** ECharts kept this much room beside each time label at the plot's ends; kept, so that nothing moves. */
const labelSlack = 3;

type Point = Project['controlPoints'][number];
/** [row, start, finish, critical]: start and finish in milliseconds from the project start. */
export type Span = [number, number, number, 0 | 1];

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

/** A round step near `value`: 1, 2, 3 or 5 times a power of ten (ECharts' rule, so the ticks fall where they did). */
export function niceStep(value: number): number {
  const exponent = Math.floor(Math.log10(value));
  const power = 10 ** exponent;
  const fraction = value / power;
  const nice = fraction < 1.5 ? 1 : fraction < 2.5 ? 2 : fraction < 4 ? 3 : fraction < 7 ? 5 : 10;
  return nice * power;
}

/** Ticks of a value axis from 0 to `max`: about five round steps, and `max` itself at the end. */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const step = niceStep(max / 5);
  const ticks: number[] = [];
  for (let value = 0; value < max - step * 1e-9; value += step) ticks.push(value);
  ticks.push(max);
  return ticks;
}

export type TimelineLayout = {
  /** The plot box in pixels. */
  plot: { x: number; y: number; width: number; height: number };
  /** The time axis: each tick's x and label; a label that would overlap its neighbour is left out. */
  ticks: { x: number; label: string | null }[];
  /** One row per span, top to bottom: its label's y, and the bar's box. */
  rows: { y: number; bar: { x: number; y: number; width: number; height: number } }[];
};

/**
 * Lays the timeline out in a box of `width` × `height` pixels. `measure` gives a label's width at the
 * axis font; the plot shrinks so that every label stays inside the box (ECharts' `containLabel`).
 */
export function layoutTimeline(input: {
  width: number; height: number; max: number; spans: Span[]; rowLabels: string[];
  tickLabel: (value: number) => string; measure: (text: string) => number;
}): TimelineLayout {
  const { width, height, max, spans, rowLabels, tickLabel, measure } = input;
  const ticks = valueTicks(max);
  const labels = ticks.map(tickLabel);
  const labelWidths = labels.map(measure);
  const rowLabelWidth = rowLabels.reduce((widest, label) => Math.max(widest, measure(label)), 0);
  // One pass, as ECharts' `containLabel` did it: lay the labels out for the plot inside the margins,
  // then pull each side of the plot in by as much as the labels stick out on that side.
  const outerLeft = gridMargin.left;
  const outerRight = width - gridMargin.right;
  const outerX = (value: number) => outerLeft + (max > 0 ? (value / max) * (outerRight - outerLeft) : 0);
  const last = ticks.length - 1;
  // The last tick is the project's end, not a round step: when its label would run into the one
  // before, it gives way (as ECharts does with the maximum's label) and takes no room.
  const shown = labels.map((label): string | null => label);
  if (last > 0 && outerX(ticks[last]!) - labelWidths[last]! / 2 < outerX(ticks[last - 1]!) + labelWidths[last - 1]! / 2) shown[last] = null;
  let leftmost = outerLeft - labelMargin - rowLabelWidth;
  let rightmost = outerRight;
  ticks.forEach((value, i) => {
    if (shown[i] === null) return;
    const half = labelWidths[i]! / 2 + labelSlack;
    leftmost = Math.min(leftmost, outerX(value) - half);
    rightmost = Math.max(rightmost, outerX(value) + half);
  });
  const left = outerLeft + Math.max(0, outerLeft - leftmost);
  const right = outerRight - Math.max(0, rightmost - outerRight);
  const plotWidth = Math.max(1, right - left);
  const top = gridMargin.top;
  // The time labels hang below the plot, inside the bottom margin.
  const plotHeight = Math.max(1, height - top - gridMargin.bottom - labelMargin - labelHeight);
  const xOf = (value: number) => left + (max > 0 ? (value / max) * plotWidth : 0);
  const tickXs = ticks.map(xOf);
  const band = plotHeight / Math.max(1, spans.length);
  const thickness = Math.min(barHeight, band * 0.65);
  // Rows are stacked bottom-up, as on a category axis: the first span is the lowest row.
  const rows = spans.map(([row, start, finish]) => {
    const y = top + plotHeight - (row + 0.5) * band;
    const x0 = xOf(start);
    return { y, bar: { x: x0, y: y - thickness / 2, width: Math.max(1, xOf(finish) - x0), height: thickness } };
  });
  return { plot: { x: left, y: top, width: plotWidth, height: plotHeight }, ticks: tickXs.map((x, i) => ({ x, label: shown[i]! })), rows };
}
