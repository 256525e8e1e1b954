import { describe, expect, it } from 'vitest';
import { summarizeProgress } from './indicator-progress';

describe('summarizeProgress', () => {
  it('measures the way from the base to the last target covered by the latest actual', () => {
    const result = summarizeProgress(40_000, [{ year: 2028, value: 60_000 }, { year: 2030, value: 70_000 }], [{ year: 2024, value: 46_000 }, { year: 2025, value: 49_000 }]);
    expect(result.finalTarget).toEqual({ year: 2030, value: 70_000 });
    expect(result.latestActual).toEqual({ year: 2025, value: 49_000 });
    expect(result.progressPercent).toBe(30);
  });

  it('works for a decreasing indicator too', () => {
    expect(summarizeProgress(100, [{ year: 2030, value: 50 }], [{ year: 2025, value: 80 }]).progressPercent).toBe(40);
  });

  it('has no progress without a base, an actual or a target that differs from the base', () => {
    expect(summarizeProgress(null, [{ year: 2030, value: 5 }], [{ year: 2025, value: 1 }]).progressPercent).toBeNull();
    expect(summarizeProgress(1, [], [{ year: 2025, value: 1 }]).progressPercent).toBeNull();
    expect(summarizeProgress(5, [{ year: 2030, value: 5 }], [{ year: 2025, value: 1 }]).progressPercent).toBeNull();
  });
});
