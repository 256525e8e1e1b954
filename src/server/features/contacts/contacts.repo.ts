import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementSignatories, personConsents, persons } from '../../db/schema/index';

export type PersonRow = typeof persons.$inferSelect;
export type ConsentRow = typeof personConsents.$inferSelect;

export function listPersonsOfOrganization(db: Executor, organizationId: string) {
  return db.select().from(persons).where(eq(persons.organizationId, organizationId))
    .orderBy(asc(persons.fullNameRu), asc(persons.fullNameEn), asc(persons.fullNameZh), asc(persons.id));
}

export async function findPerson(db: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row;
}

/** Locks the row so that two withdrawals or an edit and a withdrawal cannot interleave. */
export async function findPersonForUpdate(tx: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(persons).where(eq(persons.id, id)).for('update');
  return row;
}

export function listConsents(db: Executor, personIds: string[]): Promise<ConsentRow[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.select().from(personConsents).where(inArray(personConsents.personId, personIds)).orderBy(asc(personConsents.givenOn), asc(personConsents.createdAt));
}

export async function insertPerson(tx: Executor, values: typeof persons.$inferInsert): Promise<PersonRow> {
  const [row] = await tx.insert(persons).values(values).returning();
  return row!;
}

export async function updatePerson(tx: Executor, id: string, values: Partial<typeof persons.$inferInsert>): Promise<PersonRow> {
  const [row] = await tx.update(persons).set(values).where(eq(persons.id, id)).returning();
  return row!;
}

export async function insertConsent(tx: Executor, values: typeof personConsents.$inferInsert): Promise<ConsentRow> {
  const [row] = await tx.insert(personConsents).values(values).returning();
  return row!;
}

/** Withdraws the live consents of the given kinds; returns those it withdrew. */
export function withdrawConsents(tx: Executor, personId: string, kinds: string[], at: Date): Promise<ConsentRow[]> {
  return tx.update(personConsents).set({ withdrawnAt: at })
    .where(and(eq(personConsents.personId, personId), inArray(personConsents.kind, kinds), isNull(personConsents.withdrawnAt)))
    .returning();
}

/**
 * How many agreements the person signed. Read straight from the signatories table, inside the
 * erasing transaction, because the answer decides which fields the erasure may keep.
 */
export async function countSignedAgreements(db: Executor, personId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(agreementSignatories).where(eq(agreementSignatories.personId, personId));
  return row?.value ?? 0;
}
