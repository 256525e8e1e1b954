import { describe, expect, it } from 'vitest';
import { layoutTimeline, niceStep, valueTicks, type Span } from './timeline-layout';

const day = 86_400_000;
// Seven pixels a character is near enough for a layout that only adds widths.
const measure = (text: string) => text.length * 7;

describe('valueTicks', () => {
  it('steps by 1, 2, 3 or 5 times a power of ten and ends at the maximum', () => {
    expect(niceStep(1.83e10)).toBe(2e10);
    expect(niceStep(0.36)).toBeCloseTo(0.3);
    expect(niceStep(7.2)).toBe(10);
    // A project of 1,060 days (3 Oct 2025 – 28 Aug 2028): steps of 2e10 ms, then the end itself.
    expect(valueTicks(1060 * day)).toEqual([0, 2e10, 4e10, 6e10, 8e10, 1060 * day]);
    expect(valueTicks(1e11)).toEqual([0, 2e10, 4e10, 6e10, 8e10, 1e11]);
    expect(valueTicks(0)).toEqual([0]);
  });
});

describe('layoutTimeline', () => {
  const spans: Span[] = [[0, 0, 100 * day, 1], [1, 50 * day, 60 * day, 0], [2, 900 * day, 1060 * day, 0]];
  const layout = layoutTimeline({
    width: 974, height: 208, max: 1060 * day, spans, rowLabels: ['KT-1', 'KT-2', 'KT-3'], measure,
    tickLabel: (value) => `day ${Math.round(value / day)}`,
  });

  it('keeps the row labels and the first and last time labels inside the box', () => {
    // "day 0" is 35 px wide: its half and the slack (20.5) stay under the row labels' 28 + 8.
    expect(layout.plot.x).toBe(8 + 28 + 8);
    // "day 1060" is 56 px wide: the plot ends its half and the slack before the right margin.
    expect(layout.plot.x + layout.plot.width).toBe(974 - 16 - 28 - 3);
    // 8 px on top; the time labels (12 px, 8 px off the axis) above the bottom margin of 24.
    expect(layout.plot).toMatchObject({ y: 8, height: 208 - 8 - 24 - 8 - 12 });
  });

  it('stacks rows from the bottom and draws each bar from its start to its finish', () => {
    const band = layout.plot.height / 3;
    expect(layout.rows[0]!.y).toBeCloseTo(8 + layout.plot.height - band / 2);
    expect(layout.rows[2]!.y).toBeCloseTo(8 + band / 2);
    const [first, , last] = layout.rows;
    expect(first!.bar.x).toBe(layout.plot.x);
    expect(first!.bar.width).toBeCloseTo((100 / 1060) * layout.plot.width);
    expect(last!.bar.x + last!.bar.width).toBeCloseTo(layout.plot.x + layout.plot.width);
    // 65 % of a row of 52 px would be 33.8: bars stop at 18 px.
    expect(first!.bar.height).toBe(18);
  });

  it('places a tick at every step and the end, and drops the end label when it would overlap', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['day 0', 'day 231', 'day 463', 'day 694', 'day 926', 'day 1060']);
    const crowded = layoutTimeline({
      width: 974, height: 208, max: 960 * day, spans, rowLabels: ['KT-1'], measure, tickLabel: (value) => `day ${Math.round(value / day)}`,
    });
    // The last round step (926 days) is 34 days (about 30 px) from the end: too close for both labels.
    expect(crowded.ticks.map((tick) => tick.label)).toEqual(['day 0', 'day 231', 'day 463', 'day 694', 'day 926', null]);
    // The label left out takes no room: the plot reaches the right margin, the 926 days' label fits.
    expect(crowded.plot.x + crowded.plot.width).toBe(974 - 16);
  });
});
