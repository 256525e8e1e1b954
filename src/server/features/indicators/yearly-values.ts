import { periodsPerYear, type IndicatorAggregation, type PeriodKind } from '../../../shared/domain';

/** A value of one period, already summed over the organizations that reported it. */
export type PeriodValue = { year: number; periodKind: PeriodKind; periodIndex: number; value: number };
export type YearValue = { year: number; value: number; complete: boolean; periodKind: PeriodKind; periods: number };

/**
 * A year's value: its yearly figure when there is one; otherwise its quarters, else its months,
 * combined by the indicator's aggregation (sum, last, average). A year made of fewer periods than
 * it has is "year to date": shown, but not used by forecasts.
 */
export function yearlyValues(values: PeriodValue[], aggregation: IndicatorAggregation): YearValue[] {
  const byYear = new Map<number, PeriodValue[]>();
  for (const value of values) byYear.set(value.year, [...(byYear.get(value.year) ?? []), value]);
  const result: YearValue[] = [];
  for (const [year, periods] of byYear) {
    const yearly = periods.find((p) => p.periodKind === 'year');
    if (yearly) {
      result.push({ year, value: yearly.value, complete: true, periodKind: 'year', periods: 1 });
      continue;
    }
    const kind: PeriodKind = periods.some((p) => p.periodKind === 'quarter') ? 'quarter' : 'month';
    const parts = periods.filter((p) => p.periodKind === kind).sort((a, b) => a.periodIndex - b.periodIndex);
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const value = aggregation === 'sum' ? sum : aggregation === 'average' ? sum / parts.length : parts.at(-1)!.value;
    result.push({ year, value, complete: parts.length === periodsPerYear[kind], periodKind: kind, periods: parts.length });
  }
  return result.sort((a, b) => a.year - b.year);
}
