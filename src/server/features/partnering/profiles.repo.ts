import { and, asc, count, desc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { isEcosystemKind } from '../../../shared/domain';
import type { ListProfilesQuery } from '../../../shared/contracts/partnering';
import type { Executor } from '../../db/client';
import {
  directions, ecosystemMemberships, organizations, partneringProfileDirections, partneringProfiles, partneringReviews, partneringSettings,
} from '../../db/schema/index';
import { searchTermsOf, textQuery } from '../registry/search-terms';

export type ProfileRow = typeof partneringProfiles.$inferSelect;
export type ProfileValues = typeof partneringProfiles.$inferInsert;

export async function findProfile(db: Executor, id: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(partneringProfiles).where(eq(partneringProfiles.id, id));
  return row;
}

export async function insertProfile(db: Executor, values: ProfileValues) {
  const [row] = await db.insert(partneringProfiles).values(values).returning();
  return row!;
}

export async function updateProfile(db: Executor, id: string, values: Partial<ProfileValues>) {
  await db.update(partneringProfiles).set(values).where(eq(partneringProfiles.id, id));
}

export async function replaceProfileDirections(db: Executor, profileId: string, directionIds: string[]) {
  await db.delete(partneringProfileDirections).where(eq(partneringProfileDirections.profileId, profileId));
  if (directionIds.length) await db.insert(partneringProfileDirections).values(directionIds.map((directionId) => ({ profileId, directionId })));
}

export async function directionIdsOf(db: Executor, profileIds: string[]) {
  const byProfile = new Map<string, string[]>();
  if (!profileIds.length) return byProfile;
  const rows = await db.select().from(partneringProfileDirections).where(inArray(partneringProfileDirections.profileId, profileIds));
  for (const row of rows) byProfile.set(row.profileId, [...(byProfile.get(row.profileId) ?? []), row.directionId]);
  return byProfile;
}

export type DirectionNode = { id: string; code: string; parentId: string | null; labelRu: string; labelEn: string; labelZh: string };
export const allDirections = (db: Executor): Promise<DirectionNode[]> =>
  db.select({ id: directions.id, code: directions.code, parentId: directions.parentId, labelRu: directions.labelRu, labelEn: directions.labelEn, labelZh: directions.labelZh }).from(directions);

export async function organizationsOf(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, typeof organizations.$inferSelect>();
  const rows = await db.select().from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Ecosystems each organization is an applicant or resident of now (for the owner's park managers). */
export async function ecosystemsOfOrganizations(db: Executor, organizationIds: string[]) {
  const byOrganization = new Map<string, string[]>();
  if (!organizationIds.length) return byOrganization;
  const rows = await db.select({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId })
    .from(ecosystemMemberships)
    .where(and(inArray(ecosystemMemberships.organizationId, [...new Set(organizationIds)]), inArray(ecosystemMemberships.status, ['applicant', 'resident'])));
  for (const row of rows) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), row.ecosystemId]);
  return byOrganization;
}

/** Whether every id names an ecosystem of the registry (a park, technopark, IT park, cluster...). */
export async function areEcosystems(db: Executor, ids: string[]) {
  if (!ids.length) return true;
  const rows = await db.select({ id: organizations.id, kind: organizations.kind }).from(organizations).where(inArray(organizations.id, ids));
  return new Set(rows.filter((row) => isEcosystemKind(row.kind)).map((row) => row.id)).size === new Set(ids).size;
}

export async function lastReviews(db: Executor, profileIds: string[]) {
  const byProfile = new Map<string, typeof partneringReviews.$inferSelect>();
  if (!profileIds.length) return byProfile;
  const rows = await db.select().from(partneringReviews).where(inArray(partneringReviews.profileId, profileIds)).orderBy(desc(partneringReviews.createdAt));
  for (const row of rows) if (!byProfile.has(row.profileId)) byProfile.set(row.profileId, row);
  return byProfile;
}

export async function readSetting(db: Executor, key: string): Promise<unknown> {
  const [row] = await db.select().from(partneringSettings).where(eq(partneringSettings.key, key));
  return row?.value;
}

export async function writeSetting(db: Executor, key: string, value: unknown) {
  await db.insert(partneringSettings).values({ key, value }).onConflictDoUpdate({ target: partneringSettings.key, set: { value, updatedAt: new Date() } });
}

/** Whose profiles a list shows besides the public ones. */
export type ListScope = { all: boolean; organizationIds: string[]; ecosystemIds: string[] };

const residentOf = (ecosystemIds: string[]): SQL => sql`exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${partneringProfiles.organizationId} and m.status in ('applicant', 'resident') and m.ecosystem_id in (${sql.join(ecosystemIds.map((id) => sql`${id}`), sql`, `)}))`;

function scopeCondition(scope: ListScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.organizationIds.length) parts.push(inArray(partneringProfiles.organizationId, scope.organizationIds));
  if (scope.ecosystemIds.length) parts.push(residentOf(scope.ecosystemIds));
  return parts.length ? or(...parts) : sql`false`;
}

export async function listProfiles(db: Executor, query: ListProfilesQuery, scope: ListScope, today: string) {
  const p = partneringProfiles;
  const conditions: (SQL | undefined)[] = [];
  if (query.view === 'published') conditions.push(eq(p.status, 'published'), or(isNull(p.expiresOn), gte(p.expiresOn, today)));
  if (query.view === 'mine') conditions.push(scopeCondition(scope));
  if (query.view === 'review') conditions.push(inArray(p.status, ['submitted', 'in_review']), scopeCondition(scope));
  if (query.type) conditions.push(eq(p.type, query.type));
  if (query.language) conditions.push(eq(p.language, query.language));
  if (query.directionId) conditions.push(sql`${p.directionClosure} @> array[${query.directionId}]::uuid[]`);
  if (query.trlMin) conditions.push(gte(p.trl, query.trlMin));
  if (query.partnershipType) conditions.push(sql`${p.partnershipTypes} @> array[${query.partnershipType}]::text[]`);
  if (query.country) conditions.push(sql`exists (select 1 from ${organizations} o where o.id = ${p.organizationId} and o.country = ${query.country})`);
  if (query.ecosystemId) conditions.push(residentOf([query.ecosystemId]));
  let rank: SQL | null = null;
  if (query.q) {
    const tsquery = textQuery(searchTermsOf(query.q));
    conditions.push(sql`${p.searchVector} @@ (${tsquery})`);
    rank = sql`ts_rank(${p.searchVector}, ${tsquery})`;
  }
  const where = and(...conditions.filter(Boolean));
  // The review queue is worked oldest first, so no author waits behind later ones.
  const order = query.view === 'review'
    ? [asc(sql`coalesce(${p.submittedAt}, ${p.updatedAt})`), p.id]
    : [...(rank ? [desc(rank)] : []), desc(sql`coalesce(${p.publishedAt}, ${p.updatedAt})`), p.id];
  const rows = await db.select().from(p).where(where)
    .orderBy(...order)
    .limit(query.pageSize).offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ value: count() }).from(p).where(where);
  return { rows, total: total?.value ?? 0 };
}
