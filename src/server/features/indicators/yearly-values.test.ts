import { describe, expect, it } from 'vitest';
import { yearlyValues } from './yearly-values';

const q = (year: number, periodIndex: number, value: number) => ({ year, periodKind: 'quarter' as const, periodIndex, value });

describe('yearlyValues', () => {
  it('prefers the yearly figure, else combines quarters by the aggregation', () => {
    const values = [{ year: 2024, periodKind: 'year' as const, periodIndex: 0, value: 50 }, q(2024, 1, 1), q(2025, 1, 10), q(2025, 2, 20), q(2025, 3, 30), q(2025, 4, 40)];
    expect(yearlyValues(values, 'sum')).toEqual([
      { year: 2024, value: 50, complete: true, periodKind: 'year', periods: 1 },
      { year: 2025, value: 100, complete: true, periodKind: 'quarter', periods: 4 },
    ]);
    expect(yearlyValues(values, 'average')[1]!.value).toBe(25);
    expect(yearlyValues(values, 'last')[1]!.value).toBe(40);
  });

  it('marks a year of three quarters as year to date', () => {
    expect(yearlyValues([q(2026, 1, 5), q(2026, 3, 7), q(2026, 2, 6)], 'last')).toEqual([{ year: 2026, value: 7, complete: false, periodKind: 'quarter', periods: 3 }]);
  });
});
