import { and, asc, count, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { ListAgreementsQuery } from '../../../shared/contracts/agreements';
import { healthRule } from '../../../shared/agreement-health';
import type { Executor } from '../../db/client';
import {
  agreementDirections, agreementObligations, agreementParties, agreementRelations, agreements, agreementSignatories, directions, ecosystemMemberships, organizations, persons,
} from '../../db/schema/index';
import { publishedAgreementStatuses, type AgreementReadScope } from './agreements.policy';

export type AgreementFilter = Partial<Omit<ListAgreementsQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type AgreementRow = typeof agreements.$inferSelect;

function partyOf(organizations: string[] | SQL) {
  return inArray(agreements.id, sql`(select ${agreementParties.agreementId} from ${agreementParties} where ${inArray(agreementParties.organizationId, organizations)})`);
}

function residentsOf(ecosystemIds: string[]) {
  return sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${inArray(ecosystemMemberships.ecosystemId, ecosystemIds)} and ${ecosystemMemberships.status} = 'resident')`;
}

export function scopeCondition(scope: AgreementReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const allowed: SQL[] = [and(eq(agreements.confidential, false), inArray(agreements.status, publishedAgreementStatuses))!];
  if (scope.partyOrganizationIds.length) allowed.push(partyOf(scope.partyOrganizationIds));
  if (scope.partyResidentOfEcosystemIds.length) allowed.push(partyOf(residentsOf(scope.partyResidentOfEcosystemIds)));
  return or(...allowed);
}

/**
 * The health state of each agreement in SQL, the same rule as `agreementHealth` in
 * src/shared/agreement-health.ts (a test holds the two together), so the list filters by it.
 */
export function healthStateSql(today: string): SQL {
  const o = sql.raw('o');
  const open = sql`${o}.status in ('planned', 'in_progress')`;
  const counted = sql`${o}.status <> 'cancelled'`;
  const dueSoFar = sql`${counted} and (${o}.status = 'done' or ${o}.due_on < ${today}::date)`;
  const share = sql`(count(*) filter (where ${o}.status = 'done' and ${o}.done_on <= ${o}.due_on))::float / nullif(count(*) filter (where ${dueSoFar}), 0)`;
  return sql`(select case
    when count(*) filter (where ${counted}) = 0 then 'none'
    when coalesce(max(${today}::date - ${o}.due_on) filter (where ${open} and ${o}.due_on < ${today}::date), 0) > ${healthRule.redOverdueDays}
      or ${share} < ${healthRule.redOnTimeShare} then 'red'
    when count(*) filter (where ${open} and ${o}.due_on < ${today}::date) > 0 or ${share} < ${healthRule.amberOnTimeShare} then 'amber'
    else 'green' end
    from ${agreementObligations} ${o} where ${o}.agreement_id = ${agreements.id})`;
}

function filterConditions(scope: AgreementReadScope, filter: AgreementFilter, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filter.status) conditions.push(eq(agreements.status, filter.status));
  if (filter.kind) conditions.push(eq(agreements.kind, filter.kind));
  if (filter.organizationId) conditions.push(partyOf([filter.organizationId]));
  if (filter.ecosystemId) conditions.push(or(partyOf([filter.ecosystemId]), partyOf(residentsOf([filter.ecosystemId]))));
  if (filter.directionId) {
    conditions.push(inArray(agreements.id, sql`(select agreement_id from ${agreementDirections} where direction_id in (
      with recursive branch as (select id from ${directions} where id = ${filter.directionId}
        union select d.id from ${directions} d join branch b on d.parent_id = b.id) select id from branch))`));
  }
  if (filter.signedFrom) conditions.push(sql`${agreements.signedOn} >= ${filter.signedFrom}`);
  if (filter.signedTo) conditions.push(sql`${agreements.signedOn} <= ${filter.signedTo}`);
  if (filter.health) conditions.push(sql`${healthStateSql(today)} = ${filter.health}`);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(concat_ws(' ', ${agreements.titleRu}, ${agreements.titleEn}, ${agreements.titleZh}, ${agreements.number}, ${agreements.summaryRu}, ${agreements.summaryEn}, ${agreements.summaryZh}) ilike ${pattern}
      or ${partyOf(sql`(select ${organizations.id} from ${organizations} where concat_ws(' ', ${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh}, ${organizations.shortNameRu}, ${organizations.shortNameEn}, ${organizations.shortNameZh}) ilike ${pattern})`)})`);
  }
  return and(...conditions);
}

export async function listAgreements(db: Executor, scope: AgreementReadScope, filter: AgreementFilter, today: string) {
  const where = filterConditions(scope, filter, today);
  const key = filter.sort?.replace(/^-/, '');
  const column = key === 'number' ? agreements.number : key === 'title' ? sql`coalesce(${agreements.titleRu}, ${agreements.titleEn}, ${agreements.titleZh})` : agreements.signedOn;
  const order = filter.sort && !filter.sort.startsWith('-') ? asc(column) : sql`${column} desc nulls last`;
  const rows = await db.select().from(agreements).where(where).orderBy(order, asc(agreements.id))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(agreements).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findAgreement(db: Executor, scope: AgreementReadScope, id: string) {
  const [row] = await db.select().from(agreements).where(and(eq(agreements.id, id), scopeCondition(scope)));
  return row;
}

export async function findAgreementById(db: Executor, id: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  return row;
}

export async function countActiveAgreements(db: Executor, scope: AgreementReadScope) {
  const [row] = await db.select({ value: count() }).from(agreements).where(and(eq(agreements.status, 'active'), scopeCondition(scope)));
  return row?.value ?? 0;
}

/** Parties, signatories, directions, relations and roadmap dates of several agreements at once. */
export async function loadAgreementDetails(db: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return { parties: [], signatories: [], directionRows: [], relations: [], obligations: [] };
  const [parties, signatories, directionRows, relations, obligations] = await Promise.all([
    db.select({ agreementId: agreementParties.agreementId, role: agreementParties.role, organization: organizations })
      .from(agreementParties).innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
      .where(inArray(agreementParties.agreementId, agreementIds)),
    db.select({ agreementId: agreementSignatories.agreementId, partyOrganizationId: agreementSignatories.partyOrganizationId, person: persons })
      .from(agreementSignatories).innerJoin(persons, eq(persons.id, agreementSignatories.personId))
      .where(and(inArray(agreementSignatories.agreementId, agreementIds), isNotNull(persons.id))),
    db.select({ agreementId: agreementDirections.agreementId, direction: directions })
      .from(agreementDirections).innerJoin(directions, eq(directions.id, agreementDirections.directionId))
      .where(inArray(agreementDirections.agreementId, agreementIds)).orderBy(asc(directions.code)),
    db.select({ agreementId: agreementRelations.agreementId, relatedAgreementId: agreementRelations.relatedAgreementId, kind: agreementRelations.kind })
      .from(agreementRelations)
      .where(or(inArray(agreementRelations.agreementId, agreementIds), inArray(agreementRelations.relatedAgreementId, agreementIds))),
    db.select({ agreementId: agreementObligations.agreementId, status: agreementObligations.status, dueOn: agreementObligations.dueOn, doneOn: agreementObligations.doneOn })
      .from(agreementObligations).where(inArray(agreementObligations.agreementId, agreementIds)),
  ]);
  return { parties, signatories, directionRows, relations, obligations };
}

/** Number, title and status of agreements, for references between them (filtered by the caller's scope). */
export async function listAgreementRefs(db: Executor, scope: AgreementReadScope, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: agreements.id, number: agreements.number, titleRu: agreements.titleRu, titleEn: agreements.titleEn, titleZh: agreements.titleZh, status: agreements.status })
    .from(agreements).where(and(inArray(agreements.id, ids), scopeCondition(scope)));
}

/** The parties of an agreement and the ecosystems each is a resident of: who is on the agreement's side. */
export async function partySideOf(db: Executor, agreementId: string) {
  const parties = await db.select({ organizationId: agreementParties.organizationId }).from(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  const ids = parties.map((p) => p.organizationId);
  const memberships = ids.length
    ? await db.select({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId }).from(ecosystemMemberships)
      .where(and(inArray(ecosystemMemberships.organizationId, ids), eq(ecosystemMemberships.status, 'resident')))
    : [];
  return { organizationIds: ids, ecosystemsOf: (organizationId: string) => memberships.filter((m) => m.organizationId === organizationId).map((m) => m.ecosystemId) };
}
