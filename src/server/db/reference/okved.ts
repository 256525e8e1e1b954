import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import type { Executor } from '../client';
import { okvedCodes } from '../schema/index';

/**
 * ОКВЭД2 (ОК 029-2014), the official classifier, kept byte for byte as published in okved2.csv
 * beside this file: `"section";"code";"name"`, section headings have a blank code.
 */
const classifierFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'okved2.csv');

export type OkvedRow = { code: string; section: string; parentCode: string | null; nameRu: string };

/** The parent of 01.11.1 is 01.11, of 01.11 is 01.1, of 01.1 is 01; a two-digit class has none. */
export function parentOkvedCode(code: string): string | null {
  if (/^\d{2}$/.test(code)) return null;
  return code.slice(0, -1).replace(/\.$/, '');
}

export function readOkvedClassifier(): OkvedRow[] {
  const rows: OkvedRow[] = [];
  for (const line of fs.readFileSync(classifierFile, 'utf8').split('\n')) {
    const match = /^"([A-U])";"([^"]*)";"(.*)"$/.exec(line);
    if (!match || match[2]!.trim() === '') continue;
    const code = match[2]!;
    rows.push({ code, section: match[1]!, parentCode: parentOkvedCode(code), nameRu: match[3]!.replace(/""/g, '"') });
  }
  return rows;
}

/** Loads the classifier once; later starts see it is complete and skip the work. */
export async function ensureOkvedCodes(db: Executor): Promise<void> {
  const rows = readOkvedClassifier();
  const [present] = await db.select({ value: count() }).from(okvedCodes);
  if ((present?.value ?? 0) === rows.length) return;
  for (let start = 0; start < rows.length; start += 500) {
    await db.insert(okvedCodes).values(rows.slice(start, start + 500)).onConflictDoNothing();
  }
}
