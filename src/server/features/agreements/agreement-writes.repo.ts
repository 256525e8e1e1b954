import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  agreementDirections, agreementObligations, agreementParties, agreementRelations, agreements, agreementSignatories, directions, organizations, persons,
} from '../../db/schema/index';

export type AgreementValues = typeof agreements.$inferInsert;
export type ObligationValues = typeof agreementObligations.$inferInsert;

export async function insertAgreement(tx: Executor, values: AgreementValues) {
  const [row] = await tx.insert(agreements).values(values).returning();
  return row!;
}

export async function updateAgreementRow(tx: Executor, id: string, values: Partial<AgreementValues>) {
  await tx.update(agreements).set(values).where(eq(agreements.id, id));
}

export async function replaceParties(tx: Executor, agreementId: string, parties: { organizationId: string; role: string }[]) {
  await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  if (parties.length) await tx.insert(agreementParties).values(parties.map((p) => ({ agreementId, ...p })));
}

export async function replaceSignatories(tx: Executor, agreementId: string, signatories: { personId: string; partyOrganizationId: string }[]) {
  await tx.delete(agreementSignatories).where(eq(agreementSignatories.agreementId, agreementId));
  if (signatories.length) await tx.insert(agreementSignatories).values(signatories.map((s) => ({ agreementId, ...s })));
}

export async function replaceDirections(tx: Executor, agreementId: string, directionIds: string[]) {
  await tx.delete(agreementDirections).where(eq(agreementDirections.agreementId, agreementId));
  if (directionIds.length) await tx.insert(agreementDirections).values(directionIds.map((directionId) => ({ agreementId, directionId })));
}

export async function replaceRelations(tx: Executor, agreementId: string, relations: { agreementId: string; kind: string }[]) {
  await tx.delete(agreementRelations).where(eq(agreementRelations.agreementId, agreementId));
  if (relations.length) await tx.insert(agreementRelations).values(relations.map((r) => ({ agreementId, relatedAgreementId: r.agreementId, kind: r.kind })));
}

export const listParties = (tx: Executor, agreementId: string) =>
  tx.select({ organizationId: agreementParties.organizationId, role: agreementParties.role }).from(agreementParties).where(eq(agreementParties.agreementId, agreementId));
export const listSignatories = (tx: Executor, agreementId: string) =>
  tx.select({ personId: agreementSignatories.personId, partyOrganizationId: agreementSignatories.partyOrganizationId }).from(agreementSignatories).where(eq(agreementSignatories.agreementId, agreementId));
export const listDirectionIds = async (tx: Executor, agreementId: string) =>
  (await tx.select({ id: agreementDirections.directionId }).from(agreementDirections).where(eq(agreementDirections.agreementId, agreementId))).map((r) => r.id);
export const listRelations = async (tx: Executor, agreementId: string) =>
  (await tx.select().from(agreementRelations).where(eq(agreementRelations.agreementId, agreementId))).map((r) => ({ agreementId: r.relatedAgreementId, kind: r.kind }));
export const listObligationRows = (tx: Executor, agreementId: string) =>
  tx.select().from(agreementObligations).where(eq(agreementObligations.agreementId, agreementId)).orderBy(asc(agreementObligations.position), asc(agreementObligations.dueOn));

export async function existingIds(tx: Executor, table: 'organizations' | 'directions' | 'agreements', ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const t = { organizations, directions, agreements }[table];
  return new Set((await tx.select({ id: t.id }).from(t).where(inArray(t.id, ids))).map((r) => r.id));
}

export async function personsByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select({ id: persons.id, organizationId: persons.organizationId, erasedAt: persons.erasedAt }).from(persons).where(inArray(persons.id, ids));
}

export async function insertObligations(tx: Executor, rows: ObligationValues[]) {
  if (rows.length === 0) return [];
  return tx.insert(agreementObligations).values(rows).returning();
}
