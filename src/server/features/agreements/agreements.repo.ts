import { and, asc, count, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementDirections, agreementParties, agreements, agreementSignatories, directions, ecosystemMemberships, organizations, persons } from '../../db/schema/index';
import { publishedAgreementStatuses, type AgreementReadScope } from './agreements.policy';

export type AgreementFilter = { q?: string; status?: string; organizationId?: string; sort?: string; page: number; pageSize: number };

function partyOf(organizations: string[] | SQL) {
  return inArray(agreements.id, sql`(select ${agreementParties.agreementId} from ${agreementParties} where ${inArray(agreementParties.organizationId, organizations)})`);
}

function partyResidentOf(ecosystemIds: string[]) {
  return partyOf(sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${inArray(ecosystemMemberships.ecosystemId, ecosystemIds)} and ${ecosystemMemberships.status} = 'resident')`);
}

function scopeCondition(scope: AgreementReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const allowed: SQL[] = [and(eq(agreements.confidential, false), inArray(agreements.status, publishedAgreementStatuses))!];
  if (scope.partyOrganizationIds.length) allowed.push(partyOf(scope.partyOrganizationIds));
  if (scope.partyResidentOfEcosystemIds.length) allowed.push(partyResidentOf(scope.partyResidentOfEcosystemIds));
  return or(...allowed);
}

export async function listAgreements(db: Executor, scope: AgreementReadScope, filter: AgreementFilter) {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filter.status) conditions.push(eq(agreements.status, filter.status));
  if (filter.organizationId) conditions.push(partyOf([filter.organizationId]));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`concat_ws(' ', ${agreements.titleRu}, ${agreements.titleEn}, ${agreements.titleZh}, ${agreements.number}) ilike ${pattern}`);
  }
  const where = and(...conditions);
  const column = filter.sort?.replace(/^-/, '') === 'number' ? agreements.number : agreements.signedOn;
  const order = filter.sort && !filter.sort.startsWith('-') ? asc(column) : desc(column);
  const rows = await db.select().from(agreements).where(where).orderBy(order, asc(agreements.id))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(agreements).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findAgreement(db: Executor, scope: AgreementReadScope, id: string) {
  const [row] = await db.select().from(agreements).where(and(eq(agreements.id, id), scopeCondition(scope)));
  return row;
}

export async function countActiveAgreements(db: Executor, scope: AgreementReadScope) {
  const [row] = await db.select({ value: count() }).from(agreements).where(and(eq(agreements.status, 'active'), scopeCondition(scope)));
  return row?.value ?? 0;
}

/** Parties, signatories and directions of several agreements at once (no query per agreement). */
export async function loadAgreementDetails(db: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return { parties: [], signatories: [], directionRows: [] };
  const [parties, signatories, directionRows] = await Promise.all([
    db.select({ agreementId: agreementParties.agreementId, role: agreementParties.role, organization: organizations })
      .from(agreementParties).innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
      .where(inArray(agreementParties.agreementId, agreementIds)),
    db.select({ agreementId: agreementSignatories.agreementId, partyOrganizationId: agreementSignatories.partyOrganizationId, person: persons })
      .from(agreementSignatories).innerJoin(persons, eq(persons.id, agreementSignatories.personId))
      .where(and(inArray(agreementSignatories.agreementId, agreementIds), isNotNull(persons.id))),
    db.select({ agreementId: agreementDirections.agreementId, direction: directions })
      .from(agreementDirections).innerJoin(directions, eq(directions.id, agreementDirections.directionId))
      .where(inArray(agreementDirections.agreementId, agreementIds)).orderBy(asc(directions.code)),
  ]);
  return { parties, signatories, directionRows };
}
