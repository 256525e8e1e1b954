/**
 * Keeps `indicator_yearly_values` equal to what `yearlyValues` makes of the confirmed figures.
 * Called in the transaction of every write that can change a year's value (a figure entered,
 * confirmed or corrected; an indicator's aggregation changed), and by the demo seeding.
 */
import { and, inArray } from 'drizzle-orm';
import type { IndicatorAggregation, PeriodKind } from '../../../shared/domain';
import type { Executor } from '../../db/client';
import { indicatorYearlyValues } from '../../db/schema/index';
import * as repo from './indicators.repo';
import { yearlyValues } from './yearly-values';

/** Rebuilds the given years (or all years) of the given indicators, 500 indicators per statement. */
export async function rebuildYearlyValues(tx: Executor, indicatorIds: string[], years?: number[]): Promise<void> {
  const unique = [...new Set(indicatorIds)];
  for (let start = 0; start < unique.length; start += 500) {
    const ids = unique.slice(start, start + 500);
    const [rows, values] = await Promise.all([repo.findIndicatorsByIds(tx, ids), repo.loadConfirmedPeriodValues(tx, ids, years)]);
    await tx.delete(indicatorYearlyValues).where(and(inArray(indicatorYearlyValues.indicatorId, ids), years ? inArray(indicatorYearlyValues.year, years) : undefined));
    const computed = rows.flatMap((row) => {
      const own = values.filter((v) => v.indicatorId === row.id);
      return yearlyValues(own.map((v) => ({ ...v, periodKind: v.periodKind as PeriodKind })), row.aggregation as IndicatorAggregation).map((year) => {
        const ofYear = own.filter((v) => v.year === year.year);
        return { indicatorId: row.id, ...year, source: ofYear.length === 1 ? ofYear[0]!.source : null, isDemo: ofYear.some((v) => v.isDemo) };
      });
    });
    for (let at = 0; at < computed.length; at += 2000) await tx.insert(indicatorYearlyValues).values(computed.slice(at, at + 2000));
  }
}
