import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { indicators, indicatorTargets } from '../../db/schema/index';

export type PassportIndicator = {
  id: string; code: string; name: { ru: string | null; en: string | null; zh: string | null }; unit: string;
  baseValue: number | null; baseYear: number | null; calculationMethod: string | null; dataSource: string | null; responsible: string | null;
  targets: { year: number; value: number }[];
};

/**
 * The indicators of a project's passport: those the project owns, and those its results
 * influence, with their yearly targets. Indicator definitions and targets are read by every
 * signed-in user, so the passport's readers may see them.
 */
export async function passportIndicators(db: Executor, projectId: string, influencedIds: string[]): Promise<PassportIndicator[]> {
  const owned = eq(indicators.ownerProjectId, projectId);
  const rows = await db.select().from(indicators)
    .where(influencedIds.length ? or(owned, inArray(indicators.id, influencedIds)) : owned)
    .orderBy(asc(indicators.code));
  if (rows.length === 0) return [];
  const targets = await db.select().from(indicatorTargets)
    .where(and(inArray(indicatorTargets.indicatorId, rows.map((r) => r.id)), eq(indicatorTargets.periodKind, 'year')))
    .orderBy(asc(indicatorTargets.year));
  return rows.map((r) => ({
    id: r.id, code: r.code, name: { ru: r.nameRu, en: r.nameEn, zh: r.nameZh }, unit: r.unit,
    baseValue: r.baseValue, baseYear: r.baseYear, calculationMethod: r.calculationMethod, dataSource: r.dataSource, responsible: r.responsible,
    targets: targets.filter((t) => t.indicatorId === r.id).map((t) => ({ year: t.year, value: t.value })),
  }));
}
