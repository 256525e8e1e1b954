import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  ecosystemMemberships,
  indicatorActualRevisions,
  indicatorActuals,
  indicatorContributions,
  indicators,
  indicatorTargets,
  indicatorYearlyValues,
  organizations,
  users,
} from '../../db/schema/index';

export type IndicatorRow = typeof indicators.$inferSelect;
export type ActualRow = typeof indicatorActuals.$inferSelect;
export type IndicatorFilter = { q?: string | undefined; level?: string | undefined; directionId?: string | undefined; ecosystemId?: string | undefined; sort?: string | undefined; page: number; pageSize: number };

/** The direction and every direction under it. */
const directionBranch = (directionId: string) => sql`(
  with recursive branch(id) as (select ${directionId}::uuid union all select d.id from directions d join branch b on d.parent_id = b.id)
  select id from branch)`;

function filterConditions(levels: string[] | 'all', filter: Omit<IndicatorFilter, 'page' | 'pageSize'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [levels === 'all' ? undefined : inArray(indicators.level, levels)];
  if (filter.level) conditions.push(eq(indicators.level, filter.level));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`concat_ws(' ', ${indicators.code}, ${indicators.nameRu}, ${indicators.nameEn}, ${indicators.nameZh}) ilike ${pattern}`);
  }
  if (filter.directionId) conditions.push(sql`${indicators.directionId} in ${directionBranch(filter.directionId)}`);
  if (filter.ecosystemId) {
    // The ecosystem's own indicators, and those owned by its current members.
    conditions.push(sql`(${indicators.ecosystemId} = ${filter.ecosystemId} or ${indicators.ownerOrganizationId} = ${filter.ecosystemId} or exists (
      select 1 from ${ecosystemMemberships} m where m.ecosystem_id = ${filter.ecosystemId} and m.organization_id = "indicators"."owner_organization_id" and m.status <> 'former'))`);
  }
  return and(...conditions);
}

export async function listIndicators(db: Executor, levels: string[] | 'all', filter: IndicatorFilter) {
  const where = filterConditions(levels, filter);
  const order = filter.sort === '-code' ? desc(indicators.code) : asc(indicators.code);
  const rows = await db.select().from(indicators).where(where).orderBy(order)
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(indicators).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function listIndicatorsOfLevel(db: Executor, level: string, filter: Omit<IndicatorFilter, 'page' | 'pageSize'>) {
  return db.select().from(indicators).where(filterConditions('all', { ...filter, level })).orderBy(asc(indicators.code)).limit(200);
}

export async function filterIdsByEcosystem(db: Executor, ids: string[], ecosystemId: string) {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: indicators.id }).from(indicators).where(and(inArray(indicators.id, ids), filterConditions('all', { ecosystemId })));
  return rows.map((r) => r.id);
}

export async function findIndicator(db: Executor, levels: string[] | 'all', id: string) {
  const [row] = await db.select().from(indicators)
    .where(and(eq(indicators.id, id), levels === 'all' ? undefined : inArray(indicators.level, levels)));
  return row;
}

export async function findIndicatorsByCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.code, codes));
}

export async function findIndicatorsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.id, ids));
}

/** Codes and formulas of every indicator that has a formula: what the cycle check walks. */
export async function listFormulas(db: Executor) {
  return db.select({ code: indicators.code, formula: indicators.formula }).from(indicators).where(sql`${indicators.formula} is not null`);
}

export async function loadTargets(db: Executor, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, indicatorIds))
    .orderBy(asc(indicatorTargets.year), asc(indicatorTargets.periodKind), asc(indicatorTargets.periodIndex));
}

/**
 * Confirmed values per indicator and period, summed over the organizations that reported them:
 * the indicator's own figure (no organization) wins over the reports when both exist.
 */
export async function loadConfirmedPeriodValues(db: Executor, indicatorIds: string[], years?: number[]) {
  if (indicatorIds.length === 0) return [];
  return db.select({
    indicatorId: indicatorActuals.indicatorId,
    year: indicatorActuals.year,
    periodKind: indicatorActuals.periodKind,
    periodIndex: indicatorActuals.periodIndex,
    value: sql<number>`coalesce(sum(${indicatorActuals.value}) filter (where ${indicatorActuals.organizationId} is null), sum(${indicatorActuals.value}))`.mapWith(Number),
    isDemo: sql<boolean>`bool_or(${indicatorActuals.isDemo})`,
    source: sql<string | null>`min(${indicatorActuals.source})`,
  }).from(indicatorActuals)
    .where(and(inArray(indicatorActuals.indicatorId, indicatorIds), eq(indicatorActuals.status, 'confirmed'), years ? inArray(indicatorActuals.year, years) : undefined))
    .groupBy(indicatorActuals.indicatorId, indicatorActuals.year, indicatorActuals.periodKind, indicatorActuals.periodIndex);
}

/** The kept yearly values (see yearly-rollup.ts). */
export async function loadYearlyValues(db: Executor, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db.select().from(indicatorYearlyValues).where(inArray(indicatorYearlyValues.indicatorId, indicatorIds)).orderBy(asc(indicatorYearlyValues.year));
}

/**
 * What a contributions summary needs of its contributors' kept values: each one's latest complete
 * year (the summary's actual year is the latest of those the reader may see) and the parents'
 * final target years.
 */
export async function loadSummaryYearlyValues(db: Executor, indicatorIds: string[], parentIds: string[]) {
  if (indicatorIds.length === 0) return [];
  const latest = db.select({ indicatorId: indicatorYearlyValues.indicatorId, year: sql<number>`max(${indicatorYearlyValues.year})`.as('year') })
    .from(indicatorYearlyValues).where(and(inArray(indicatorYearlyValues.indicatorId, indicatorIds), eq(indicatorYearlyValues.complete, true)))
    .groupBy(indicatorYearlyValues.indicatorId).as('latest');
  const targetYears = db.select({ year: sql<number>`max(${indicatorTargets.year})` }).from(indicatorTargets)
    .where(and(inArray(indicatorTargets.indicatorId, parentIds.length > 0 ? parentIds : indicatorIds), eq(indicatorTargets.periodKind, 'year')))
    .groupBy(indicatorTargets.indicatorId);
  return db.select().from(indicatorYearlyValues)
    .where(and(
      inArray(indicatorYearlyValues.indicatorId, indicatorIds),
      sql`(${indicatorYearlyValues.year} in ${targetYears} or (${indicatorYearlyValues.indicatorId}, ${indicatorYearlyValues.year}) in (select ${latest.indicatorId}, ${latest.year} from ${latest}))`,
    ))
    .orderBy(asc(indicatorYearlyValues.year));
}

export async function listActualsOfIndicator(db: Executor, indicatorId: string) {
  const enteredBy = sql<string | null>`(select full_name from ${users} u where u.id = ${indicatorActuals.enteredByUserId})`;
  const confirmedBy = sql<string | null>`(select full_name from ${users} u where u.id = ${indicatorActuals.confirmedByUserId})`;
  return db.select({ actual: indicatorActuals, enteredBy, confirmedBy }).from(indicatorActuals)
    .where(eq(indicatorActuals.indicatorId, indicatorId))
    .orderBy(desc(indicatorActuals.year), desc(indicatorActuals.periodKind), desc(indicatorActuals.periodIndex));
}

export async function listRevisions(db: Executor, actualIds: string[]) {
  if (actualIds.length === 0) return [];
  return db.select({ revision: indicatorActualRevisions, changedBy: users.fullName }).from(indicatorActualRevisions)
    .leftJoin(users, eq(users.id, indicatorActualRevisions.changedByUserId))
    .where(inArray(indicatorActualRevisions.actualId, actualIds)).orderBy(asc(indicatorActualRevisions.createdAt));
}

export async function findActual(db: Executor, id: string) {
  const [row] = await db.select().from(indicatorActuals).where(eq(indicatorActuals.id, id));
  return row;
}

export async function findActualOfPeriod(db: Executor, key: { indicatorId: string; year: number; periodKind: string; periodIndex: number; organizationId: string | null }) {
  const [row] = await db.select().from(indicatorActuals).where(and(
    eq(indicatorActuals.indicatorId, key.indicatorId), eq(indicatorActuals.year, key.year), eq(indicatorActuals.periodKind, key.periodKind),
    eq(indicatorActuals.periodIndex, key.periodIndex),
    key.organizationId === null ? sql`${indicatorActuals.organizationId} is null` : eq(indicatorActuals.organizationId, key.organizationId),
  ));
  return row;
}

export async function insertActual(db: Executor, values: typeof indicatorActuals.$inferInsert) {
  const [row] = await db.insert(indicatorActuals).values(values).returning();
  return row!;
}

export async function updateActual(db: Executor, id: string, values: Partial<typeof indicatorActuals.$inferInsert>) {
  const [row] = await db.update(indicatorActuals).set(values).where(eq(indicatorActuals.id, id)).returning();
  return row!;
}

export async function insertRevision(db: Executor, values: typeof indicatorActualRevisions.$inferInsert) {
  await db.insert(indicatorActualRevisions).values(values);
}

export async function organizationNames(db: Executor, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { ru: string | null; en: string | null; zh: string | null }>();
  const rows = await db.select({ id: organizations.id, ru: organizations.nameRu, en: organizations.nameEn, zh: organizations.nameZh }).from(organizations).where(inArray(organizations.id, unique));
  return new Map(rows.map((r) => [r.id, { ru: r.ru, en: r.en, zh: r.zh }]));
}

/** The ecosystems each organization is (or was) a member of: the private-figures rule needs them. */
export async function ecosystemIdsOf(db: Executor, organizationIds: string[]) {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0) return result;
  const rows = await db.select({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId }).from(ecosystemMemberships)
    .where(and(inArray(ecosystemMemberships.organizationId, [...new Set(organizationIds)]), sql`${ecosystemMemberships.status} <> 'former'`));
  for (const row of rows) result.set(row.organizationId, [...(result.get(row.organizationId) ?? []), row.ecosystemId]);
  return result;
}

export async function insertIndicator(db: Executor, values: typeof indicators.$inferInsert) {
  const [row] = await db.insert(indicators).values(values).returning();
  return row!;
}

export async function updateIndicator(db: Executor, id: string, values: Partial<typeof indicators.$inferInsert>) {
  const [row] = await db.update(indicators).set(values).where(eq(indicators.id, id)).returning();
  return row!;
}

export async function replaceTargets(db: Executor, indicatorId: string, targets: { year: number; periodKind: string; periodIndex: number; value: number }[]) {
  await db.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId));
  if (targets.length) await db.insert(indicatorTargets).values(targets.map((t) => ({ ...t, indicatorId })));
}

export async function listContributionsTo(db: Executor, parentIds: string[]) {
  if (parentIds.length === 0) return [];
  return db.select({ contribution: indicatorContributions, child: indicators }).from(indicatorContributions)
    .innerJoin(indicators, eq(indicators.id, indicatorContributions.childIndicatorId))
    .where(inArray(indicatorContributions.parentIndicatorId, parentIds)).orderBy(asc(indicators.code));
}

/** Every link into an indicator of the level, with the contributing indicator. */
export async function listContributionsToLevel(db: Executor, level: string) {
  const parents = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.level, level));
  return db.select({ contribution: indicatorContributions, child: indicators }).from(indicatorContributions)
    .innerJoin(indicators, eq(indicators.id, indicatorContributions.childIndicatorId))
    .where(inArray(indicatorContributions.parentIndicatorId, parents)).orderBy(asc(indicators.code));
}

export async function listContributionsFrom(db: Executor, childId: string) {
  return db.select({ contribution: indicatorContributions, parent: indicators }).from(indicatorContributions)
    .innerJoin(indicators, eq(indicators.id, indicatorContributions.parentIndicatorId))
    .where(eq(indicatorContributions.childIndicatorId, childId));
}

/** Every parent → child link: the contribution cycle check walks them. */
export async function listAllContributionLinks(db: Executor) {
  return db.select({ parentId: indicatorContributions.parentIndicatorId, childId: indicatorContributions.childIndicatorId }).from(indicatorContributions);
}

export async function insertContribution(db: Executor, values: typeof indicatorContributions.$inferInsert) {
  const [row] = await db.insert(indicatorContributions).values(values)
    .onConflictDoUpdate({ target: [indicatorContributions.parentIndicatorId, indicatorContributions.childIndicatorId], set: { plans: values.plans } }).returning();
  return row!;
}

export async function findContribution(db: Executor, id: string) {
  const [row] = await db.select().from(indicatorContributions).where(eq(indicatorContributions.id, id));
  return row;
}

export async function deleteContribution(db: Executor, id: string) {
  await db.delete(indicatorContributions).where(eq(indicatorContributions.id, id));
}
