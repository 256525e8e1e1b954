import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { indicatorActuals, indicators, indicatorTargets } from '../../db/schema/index';

export type IndicatorFilter = { q?: string; level?: string; sort?: string; page: number; pageSize: number };

export async function listIndicators(db: Executor, levels: string[] | 'all', filter: IndicatorFilter) {
  const conditions: (SQL | undefined)[] = [levels === 'all' ? undefined : inArray(indicators.level, levels)];
  if (filter.level) conditions.push(eq(indicators.level, filter.level));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`concat_ws(' ', ${indicators.code}, ${indicators.nameRu}, ${indicators.nameEn}, ${indicators.nameZh}) ilike ${pattern}`);
  }
  const where = and(...conditions);
  const order = filter.sort === '-code' ? desc(indicators.code) : asc(indicators.code);
  const rows = await db.select().from(indicators).where(where).orderBy(order)
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(indicators).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findIndicator(db: Executor, levels: string[] | 'all', id: string) {
  const [row] = await db.select().from(indicators)
    .where(and(eq(indicators.id, id), levels === 'all' ? undefined : inArray(indicators.level, levels)));
  return row;
}

export async function loadSeries(db: Executor, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return { targets: [], actuals: [] };
  const [targets, actuals] = await Promise.all([
    db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, indicatorIds)).orderBy(asc(indicatorTargets.year)),
    db.select().from(indicatorActuals).where(inArray(indicatorActuals.indicatorId, indicatorIds)).orderBy(asc(indicatorActuals.year)),
  ]);
  return { targets, actuals };
}
