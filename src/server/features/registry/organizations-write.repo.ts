import { and, eq, getTableColumns, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  agreementParties,
  agreementSignatories,
  ecosystemMemberships,
  indicators,
  okvedCodes,
  organizationActivityCodes,
  organizationDirections,
  organizationIdentifiers,
  organizations,
  partneringDigestMatches,
  partneringInterests,
  partneringProfiles,
  persons,
  directions,
  userRoles,
} from '../../db/schema/index';
import type { IdentifierInput } from '../../../shared/contracts/organization-input';
import { countryOfScheme } from '../../../shared/identifiers';
import { readScopeCondition } from './registry.repo';
import type { OrganizationReadScope } from './registry.policy';

export type OrganizationValues = typeof organizations.$inferInsert;

export async function insertOrganization(db: Executor, values: OrganizationValues) {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganizationRow(db: Executor, id: string, values: Partial<OrganizationValues>) {
  const [row] = await db.update(organizations).set(values).where(eq(organizations.id, id)).returning();
  return row!;
}

export async function findOrganizationById(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Identifiers already held by another organization (scheme and value, with its holder). */
export function findTakenIdentifiers(db: Executor, identifiers: IdentifierInput[], exceptOrganizationId?: string) {
  if (identifiers.length === 0) return Promise.resolve([]);
  return db
    .select({ scheme: organizationIdentifiers.scheme, value: organizationIdentifiers.value, organization: organizations })
    .from(organizationIdentifiers)
    .innerJoin(organizations, eq(organizations.id, organizationIdentifiers.organizationId))
    .where(and(
      or(...identifiers.map((i) => and(eq(organizationIdentifiers.scheme, i.scheme), eq(organizationIdentifiers.value, i.value)))),
      exceptOrganizationId ? ne(organizationIdentifiers.organizationId, exceptOrganizationId) : undefined,
    ));
}

export async function replaceIdentifiers(db: Executor, organizationId: string, identifiers: IdentifierInput[]) {
  await db.delete(organizationIdentifiers).where(eq(organizationIdentifiers.organizationId, organizationId));
  if (identifiers.length === 0) return;
  await db.insert(organizationIdentifiers).values(identifiers.map((i) => ({ organizationId, scheme: i.scheme, country: countryOfScheme[i.scheme], value: i.value })));
}

export async function findKnownActivityCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return (await db.select({ code: okvedCodes.code }).from(okvedCodes).where(inArray(okvedCodes.code, codes))).map((r) => r.code);
}

export async function replaceActivityCodes(db: Executor, organizationId: string, main: string | null, additional: string[]) {
  await db.delete(organizationActivityCodes).where(eq(organizationActivityCodes.organizationId, organizationId));
  const rows = [...(main ? [{ organizationId, code: main, isMain: true }] : []), ...additional.filter((c) => c !== main).map((code) => ({ organizationId, code, isMain: false }))];
  if (rows.length) await db.insert(organizationActivityCodes).values(rows);
}

export async function findKnownDirectionIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return (await db.select({ id: directions.id }).from(directions).where(inArray(directions.id, ids))).map((r) => r.id);
}

export async function replaceDirections(db: Executor, organizationId: string, directionIds: string[]) {
  await db.delete(organizationDirections).where(eq(organizationDirections.organizationId, organizationId));
  if (directionIds.length) await db.insert(organizationDirections).values(directionIds.map((directionId) => ({ organizationId, directionId })));
}

export function listIdentifiersOfOrganization(db: Executor, organizationId: string) {
  return db.select().from(organizationIdentifiers).where(eq(organizationIdentifiers.organizationId, organizationId)).orderBy(organizationIdentifiers.scheme);
}

export function listActivityCodesOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({ code: organizationActivityCodes.code, isMain: organizationActivityCodes.isMain, nameRu: okvedCodes.nameRu })
    .from(organizationActivityCodes)
    .innerJoin(okvedCodes, eq(okvedCodes.code, organizationActivityCodes.code))
    .where(eq(organizationActivityCodes.organizationId, organizationId))
    .orderBy(sql`${organizationActivityCodes.isMain} desc`, organizationActivityCodes.code);
}

/**
 * Organizations whose names are close to the given folded Latin key (trigram word similarity,
 * which the GIN index on name_latin serves), or whose Chinese name is the same — among those the
 * caller may read.
 */
export function findSimilarOrganizations(db: Executor, scope: OrganizationReadScope, key: string, nameZh: string | null, exceptId?: string) {
  const similarity = sql<number>`greatest(word_similarity(${key}, coalesce(${organizations.nameLatin}, '')), ${nameZh ? sql`case when ${organizations.nameZh} = ${nameZh} then 1 else 0 end` : sql`0`})`;
  return db
    .select({ organization: organizations, similarity })
    .from(organizations)
    .where(and(
      or(key ? sql`${key} <% ${organizations.nameLatin}` : undefined, nameZh ? eq(organizations.nameZh, nameZh) : undefined),
      readScopeCondition(scope),
      exceptId ? ne(organizations.id, exceptId) : undefined,
    ))
    .orderBy(sql`${similarity} desc`)
    .limit(5);
}

/** Moves everything that points at `fromId` to `intoId`; links the target already has are dropped. */
export async function moveOrganizationLinks(db: Executor, fromId: string, intoId: string) {
  await db.execute(sql`insert into ${organizationDirections} (organization_id, direction_id)
    select ${intoId}::uuid, direction_id from ${organizationDirections} where organization_id = ${fromId} on conflict do nothing`);
  await db.execute(sql`insert into ${organizationActivityCodes} (organization_id, code, is_main)
    select ${intoId}::uuid, code, false from ${organizationActivityCodes} where organization_id = ${fromId} on conflict do nothing`);
  await db.execute(sql`update ${organizationIdentifiers} set organization_id = ${intoId} where organization_id = ${fromId}
    and not exists (select 1 from ${organizationIdentifiers} t where t.organization_id = ${intoId} and t.scheme = ${organizationIdentifiers.scheme})`);
  // A membership the target already has for the same ecosystem and start date is the same fact.
  await db.execute(sql`delete from ${ecosystemMemberships} m where m.organization_id = ${fromId} and exists (select 1 from ${ecosystemMemberships} t
    where t.organization_id = ${intoId} and t.ecosystem_id = m.ecosystem_id and t.date_from is not distinct from m.date_from)`);
  await db.update(ecosystemMemberships).set({ organizationId: intoId }).where(eq(ecosystemMemberships.organizationId, fromId));
  await db.update(ecosystemMemberships).set({ ecosystemId: intoId }).where(eq(ecosystemMemberships.ecosystemId, fromId));
  await db.update(persons).set({ organizationId: intoId }).where(eq(persons.organizationId, fromId));
  await db.execute(sql`update ${agreementParties} set organization_id = ${intoId} where organization_id = ${fromId}
    and not exists (select 1 from ${agreementParties} t where t.organization_id = ${intoId} and t.agreement_id = ${agreementParties.agreementId})`);
  await db.delete(agreementParties).where(eq(agreementParties.organizationId, fromId));
  await db.update(agreementSignatories).set({ partyOrganizationId: intoId }).where(eq(agreementSignatories.partyOrganizationId, fromId));
  await db.update(indicators).set({ ownerOrganizationId: intoId }).where(eq(indicators.ownerOrganizationId, fromId));
  await db.execute(sql`update ${userRoles} set scope_organization_id = ${intoId} where scope_organization_id = ${fromId}
    and not exists (select 1 from ${userRoles} t where t.user_id = ${userRoles.userId} and t.role = ${userRoles.role} and t.scope_organization_id = ${intoId})`);
  await db.delete(userRoles).where(eq(userRoles.scopeOrganizationId, fromId));
  // Partnering profiles, their interests and digest follow their organization (the narrow copy the
  // matcher reads follows the profiles by its trigger, ADR 039).
  await db.update(partneringProfiles).set({ organizationId: intoId }).where(eq(partneringProfiles.organizationId, fromId));
  await db.update(partneringInterests).set({ fromOrganizationId: intoId }).where(eq(partneringInterests.fromOrganizationId, fromId));
  await db.update(partneringInterests).set({ toOrganizationId: intoId }).where(eq(partneringInterests.toOrganizationId, fromId));
  await db.update(partneringDigestMatches).set({ organizationId: intoId }).where(eq(partneringDigestMatches.organizationId, fromId));
}

export async function deleteOrganization(db: Executor, id: string) {
  await db.delete(organizations).where(eq(organizations.id, id));
}

export function ecosystemIdsOfOrganization(db: Executor, organizationId: string) {
  return db.select({ id: ecosystemMemberships.ecosystemId }).from(ecosystemMemberships).where(eq(ecosystemMemberships.organizationId, organizationId)).then((rows) => rows.map((r) => r.id));
}

export async function findOrganizationByExternalId(db: Executor, externalId: string) {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.externalId, externalId));
  return row;
}

export async function listDirectionCodesOfOrganization(db: Executor, organizationId: string) {
  const rows = await db
    .select({ code: directions.code })
    .from(organizationDirections)
    .innerJoin(directions, eq(directions.id, organizationDirections.directionId))
    .where(eq(organizationDirections.organizationId, organizationId))
    .orderBy(directions.code);
  return rows.map((r) => r.code);
}

// ---- Many organizations at once: the writes of a spreadsheet import, in multi-row statements ----

/** Rows per multi-row statement: an organization row has about 30 parameters, PostgreSQL allows 65,535. */
export const writeBatchSize = 500;

export function inBatches<T>(items: T[], size = writeBatchSize): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

// The search columns are derived; the audit trail and the next write do not need them.
const { searchVector: _vector, searchTermsZh: _zh, nameLatin: _latin, ...auditedColumns } = getTableColumns(organizations);

/** Inserts the rows and returns them as stored (defaults, numeric rounding), without the search columns. */
export async function insertOrganizations(db: Executor, rows: (OrganizationValues & { id: string })[]) {
  const stored = [];
  for (const batch of inBatches(rows)) stored.push(...(await db.insert(organizations).values(batch).returning(auditedColumns)));
  return stored;
}

/** Organizations without their derived search columns: what the audit trail records. */
export function findOrganizationsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select(auditedColumns).from(organizations).where(inArray(organizations.id, ids));
}

export async function setOrganizationValues(db: Executor, id: string, values: Partial<OrganizationValues>) {
  await db.update(organizations).set(values).where(eq(organizations.id, id));
}

export type LinkRows = {
  identifiers: { organizationId: string; scheme: string; country: string; value: string }[];
  activityCodes: { organizationId: string; code: string; isMain: boolean }[];
  directions: { organizationId: string; directionId: string }[];
};

/** Removes the given kinds of links of these organizations, so that new ones replace them. */
export async function deleteLinksOfOrganizations(db: Executor, ids: { identifiers: string[]; activityCodes: string[]; directions: string[] }) {
  for (const batch of inBatches(ids.identifiers)) await db.delete(organizationIdentifiers).where(inArray(organizationIdentifiers.organizationId, batch));
  for (const batch of inBatches(ids.activityCodes)) await db.delete(organizationActivityCodes).where(inArray(organizationActivityCodes.organizationId, batch));
  for (const batch of inBatches(ids.directions)) await db.delete(organizationDirections).where(inArray(organizationDirections.organizationId, batch));
}

export async function insertLinks(db: Executor, links: LinkRows) {
  for (const batch of inBatches(links.identifiers, 2000)) await db.insert(organizationIdentifiers).values(batch);
  for (const batch of inBatches(links.activityCodes, 2000)) await db.insert(organizationActivityCodes).values(batch);
  for (const batch of inBatches(links.directions, 2000)) await db.insert(organizationDirections).values(batch);
}

/** Every direction's id and code, in the order of the code (the database's collation). */
export function listDirectionsInCodeOrder(db: Executor) {
  return db.select({ id: directions.id, code: directions.code }).from(directions).orderBy(directions.code);
}

/** The given texts in the order the database sorts a text column (its collation, not JavaScript's). */
export async function sortTexts(db: Executor, values: string[]): Promise<string[]> {
  if (values.length === 0) return [];
  const result = await db.execute(sql`select v from unnest(array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]) as v order by v`);
  // Both drivers answer raw queries with { rows }.
  return (result as unknown as { rows: { v: string }[] }).rows.map((row) => row.v);
}

/** The links of many organizations, in the order the one-organization readers give them. */
export async function listLinksOfOrganizations(db: Executor, ids: string[]) {
  if (ids.length === 0) return { identifiers: [], activityCodes: [], directionCodes: [] };
  const identifiers = await db
    .select({ organizationId: organizationIdentifiers.organizationId, scheme: organizationIdentifiers.scheme, value: organizationIdentifiers.value })
    .from(organizationIdentifiers)
    .where(inArray(organizationIdentifiers.organizationId, ids))
    .orderBy(organizationIdentifiers.scheme);
  const activityCodes = await db
    .select({ organizationId: organizationActivityCodes.organizationId, code: organizationActivityCodes.code, isMain: organizationActivityCodes.isMain })
    .from(organizationActivityCodes)
    .where(inArray(organizationActivityCodes.organizationId, ids))
    .orderBy(sql`${organizationActivityCodes.isMain} desc`, organizationActivityCodes.code);
  const directionCodes = await db
    .select({ organizationId: organizationDirections.organizationId, code: directions.code })
    .from(organizationDirections)
    .innerJoin(directions, eq(directions.id, organizationDirections.directionId))
    .where(inArray(organizationDirections.organizationId, ids))
    .orderBy(directions.code);
  return { identifiers, activityCodes, directionCodes };
}

// ---- Lookups of an import's dry run, for all rows at once ----

/** Which of these ids are organizations the caller may read. */
export async function findReadableOrganizationIds(db: Executor, scope: OrganizationReadScope, ids: string[]) {
  const found = new Set<string>();
  for (const batch of inBatches(ids, 2000)) {
    for (const row of await db.select({ id: organizations.id }).from(organizations).where(and(inArray(organizations.id, batch), readScopeCondition(scope)))) found.add(row.id);
  }
  return found;
}

/** Holders of these identifiers, keyed "scheme:value". */
export async function findIdentifierHolders(db: Executor, identifiers: IdentifierInput[]) {
  const holders = new Map<string, string>();
  const wanted = new Set(identifiers.map((i) => `${i.scheme}:${i.value}`));
  for (const batch of inBatches([...new Set(identifiers.map((i) => i.value))], 2000)) {
    const rows = await db
      .select({ scheme: organizationIdentifiers.scheme, value: organizationIdentifiers.value, organizationId: organizationIdentifiers.organizationId })
      .from(organizationIdentifiers)
      .where(inArray(organizationIdentifiers.value, batch));
    for (const row of rows) if (wanted.has(`${row.scheme}:${row.value}`)) holders.set(`${row.scheme}:${row.value}`, row.organizationId);
  }
  return holders;
}

/** Organizations by their external ids. */
export async function findOrganizationIdsByExternalIds(db: Executor, externalIds: string[]) {
  const byExternalId = new Map<string, string>();
  for (const batch of inBatches(externalIds, 2000)) {
    for (const row of await db.select({ id: organizations.id, externalId: organizations.externalId }).from(organizations).where(inArray(organizations.externalId, batch))) {
      if (row.externalId) byExternalId.set(row.externalId, row.id);
    }
  }
  return byExternalId;
}

/** The ecosystems each of these organizations belongs to (for the write permission). */
export async function ecosystemIdsOfOrganizations(db: Executor, organizationIds: string[]) {
  const byOrganization = new Map<string, string[]>();
  for (const batch of inBatches(organizationIds, 2000)) {
    const rows = await db.select({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId }).from(ecosystemMemberships).where(inArray(ecosystemMemberships.organizationId, batch));
    for (const row of rows) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), row.ecosystemId]);
  }
  return byOrganization;
}
