import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { importPresets, importRuns, storedFiles } from '../../db/schema/index';

export type ImportRunRow = typeof importRuns.$inferSelect;

export async function insertStoredFile(db: Executor, values: typeof storedFiles.$inferInsert) {
  const [row] = await db.insert(storedFiles).values(values).returning({ id: storedFiles.id });
  return row!;
}

export async function findStoredFile(db: Executor, id: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

export async function insertImportRun(db: Executor, values: typeof importRuns.$inferInsert) {
  const [row] = await db.insert(importRuns).values(values).returning();
  return row!;
}

export async function findImportRun(db: Executor, id: string) {
  const [row] = await db.select().from(importRuns).where(eq(importRuns.id, id));
  return row;
}

export async function updateImportRun(db: Executor, id: string, values: Partial<typeof importRuns.$inferInsert>) {
  const [row] = await db.update(importRuns).set(values).where(eq(importRuns.id, id)).returning();
  return row!;
}

/** Holds the run until the transaction ends; false when another transaction holds it. */
export async function lockImportRun(tx: Executor, id: string): Promise<boolean> {
  const result = await tx.execute(sql`select pg_try_advisory_xact_lock(hashtextextended(${`import:${id}`}, 0)) as locked`);
  // Both drivers answer raw queries with { rows }.
  return (result as unknown as { rows: { locked: boolean }[] }).rows[0]!.locked;
}

export async function listUnfinishedImportRunIds(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: importRuns.id }).from(importRuns).where(inArray(importRuns.status, ['queued', 'running'])).orderBy(importRuns.createdAt);
  return rows.map((row) => row.id);
}

export function listImportRunsOfUser(db: Executor, userId: string) {
  return db.select().from(importRuns).where(eq(importRuns.userId, userId)).orderBy(desc(importRuns.createdAt)).limit(20);
}

export function listPresets(db: Executor, userId: string, kind: string) {
  return db.select().from(importPresets).where(and(eq(importPresets.ownerUserId, userId), eq(importPresets.kind, kind))).orderBy(importPresets.name);
}

export async function insertPreset(db: Executor, values: typeof importPresets.$inferInsert) {
  const [row] = await db.insert(importPresets).values(values).returning();
  return row!;
}

export async function deletePreset(db: Executor, userId: string, id: string) {
  const rows = await db.delete(importPresets).where(and(eq(importPresets.id, id), eq(importPresets.ownerUserId, userId))).returning({ id: importPresets.id });
  return rows.length > 0;
}
