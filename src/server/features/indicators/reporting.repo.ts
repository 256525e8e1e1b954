import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  ecosystemMemberships,
  indicatorActuals,
  indicators,
  organizations,
  reportingCampaignIndicators,
  reportingCampaignOrganizations,
  reportingCampaigns,
} from '../../db/schema/index';

export type CampaignRow = typeof reportingCampaigns.$inferSelect;

/** Organizations that owe the indicator in an open campaign. */
export async function organizationsOwing(db: Executor, indicatorId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ organizationId: reportingCampaignOrganizations.organizationId }).from(reportingCampaignOrganizations)
    .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingCampaignOrganizations.campaignId))
    .innerJoin(reportingCampaignIndicators, eq(reportingCampaignIndicators.campaignId, reportingCampaigns.id))
    .where(and(eq(reportingCampaigns.status, 'open'), eq(reportingCampaignIndicators.indicatorId, indicatorId)));
  return rows.map((r) => r.organizationId);
}

// Drizzle leaves columns unqualified in a one-table select; inside a subquery they must name their table.
const campaign = sql.raw('"reporting_campaigns"');

/** Reports that count for a campaign: its indicators, its organizations, its period. */
const reportsOf = (status: string[]) => sql<number>`(
  select count(*) from ${indicatorActuals} a
  join ${reportingCampaignIndicators} ci on ci.indicator_id = a.indicator_id and ci.campaign_id = ${campaign}.id
  join ${reportingCampaignOrganizations} co on co.organization_id = a.organization_id and co.campaign_id = ${campaign}.id
  where a.year = ${campaign}.year and a.period_kind = ${campaign}.period_kind and a.period_index = ${campaign}.period_index
    and a.status in (${sql.join(status.map((s) => sql`${s}`), sql`, `)}))`.mapWith(Number);

export async function listCampaigns(db: Executor, ids?: string[]) {
  return db.select({
    campaign: reportingCampaigns,
    indicatorCount: sql<number>`(select count(*) from ${reportingCampaignIndicators} ci where ci.campaign_id = ${campaign}.id)`.mapWith(Number),
    organizationCount: sql<number>`(select count(*) from ${reportingCampaignOrganizations} co where co.campaign_id = ${campaign}.id)`.mapWith(Number),
    reported: reportsOf(['submitted', 'confirmed']),
    confirmed: reportsOf(['confirmed']),
  }).from(reportingCampaigns).where(ids ? inArray(reportingCampaigns.id, ids) : undefined)
    .orderBy(desc(reportingCampaigns.dueOn), desc(reportingCampaigns.createdAt)).limit(200);
}

export async function insertCampaign(db: Executor, values: typeof reportingCampaigns.$inferInsert, indicatorIds: string[], organizationIds: string[]) {
  const [row] = await db.insert(reportingCampaigns).values(values).returning();
  await db.insert(reportingCampaignIndicators).values([...new Set(indicatorIds)].map((indicatorId) => ({ campaignId: row!.id, indicatorId })));
  const unique = [...new Set(organizationIds)];
  for (let start = 0; start < unique.length; start += 500) {
    await db.insert(reportingCampaignOrganizations).values(unique.slice(start, start + 500).map((organizationId) => ({ campaignId: row!.id, organizationId })));
  }
  return row!;
}

export async function updateCampaign(db: Executor, id: string, values: Partial<typeof reportingCampaigns.$inferInsert>) {
  const [row] = await db.update(reportingCampaigns).set(values).where(eq(reportingCampaigns.id, id)).returning();
  return row;
}

export async function findCampaign(db: Executor, id: string) {
  const [row] = await db.select().from(reportingCampaigns).where(eq(reportingCampaigns.id, id));
  return row;
}

/** Current residents of the ecosystems on the day: not former, not ended. */
export async function currentResidentsOf(db: Executor, ecosystemIds: string[], today: string) {
  if (ecosystemIds.length === 0) return [];
  const rows = await db.selectDistinct({ organizationId: ecosystemMemberships.organizationId }).from(ecosystemMemberships)
    .where(and(inArray(ecosystemMemberships.ecosystemId, ecosystemIds), eq(ecosystemMemberships.status, 'resident'),
      sql`(${ecosystemMemberships.dateTo} is null or ${ecosystemMemberships.dateTo} > ${today})`));
  return rows.map((r) => r.organizationId);
}

export async function countExistingOrganizations(db: Executor, ids: string[]) {
  const [row] = await db.select({ value: sql<number>`count(*)`.mapWith(Number) }).from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return row?.value ?? 0;
}

/**
 * Every report owed in the given open campaigns (or all open campaigns), optionally only for some
 * organizations, with the report when there is one.
 */
export async function listObligations(db: Executor, filter: { campaignIds?: string[]; organizationIds?: string[]; openOnly: boolean }) {
  if (filter.organizationIds && filter.organizationIds.length === 0) return [];
  return db.select({
    campaign: reportingCampaigns,
    organization: { id: organizations.id, ru: organizations.nameRu, en: organizations.nameEn, zh: organizations.nameZh },
    indicator: { id: indicators.id, code: indicators.code, ru: indicators.nameRu, en: indicators.nameEn, zh: indicators.nameZh, unit: indicators.unit },
    actual: { id: indicatorActuals.id, value: indicatorActuals.value, status: indicatorActuals.status },
  }).from(reportingCampaigns)
    .innerJoin(reportingCampaignOrganizations, eq(reportingCampaignOrganizations.campaignId, reportingCampaigns.id))
    .innerJoin(organizations, eq(organizations.id, reportingCampaignOrganizations.organizationId))
    .innerJoin(reportingCampaignIndicators, eq(reportingCampaignIndicators.campaignId, reportingCampaigns.id))
    .innerJoin(indicators, eq(indicators.id, reportingCampaignIndicators.indicatorId))
    .leftJoin(indicatorActuals, and(
      eq(indicatorActuals.indicatorId, indicators.id), eq(indicatorActuals.organizationId, organizations.id), eq(indicatorActuals.year, reportingCampaigns.year),
      eq(indicatorActuals.periodKind, reportingCampaigns.periodKind), eq(indicatorActuals.periodIndex, reportingCampaigns.periodIndex),
    ))
    .where(and(
      filter.openOnly ? eq(reportingCampaigns.status, 'open') : undefined,
      filter.campaignIds ? inArray(reportingCampaigns.id, filter.campaignIds) : undefined,
      filter.organizationIds ? inArray(organizations.id, filter.organizationIds) : undefined,
    ))
    .orderBy(reportingCampaigns.dueOn, organizations.nameRu, indicators.code)
    .limit(5000);
}
