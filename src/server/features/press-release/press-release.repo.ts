import { createHash } from 'node:crypto';
import { and, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementDocuments, agreementDocumentVersions, directions, organizations, persons, storedFiles } from '../../db/schema/index';

export type OrganizationRow = { id: string; nameRu: string | null; nameEn: string | null; nameZh: string | null; shortNameRu: string | null; shortNameEn: string | null; country: string };

/**
 * Organizations that may be the one a party names: by trigram word similarity of the folded Latin
 * key (index-served), by a word stem of the name, or by an abbreviation in a name. The ranking is
 * the reader's (organization-matching.ts); this only keeps the candidates few.
 */
export async function findOrganizationCandidates(db: Executor, query: { keys: string[]; stems: string[]; abbreviations: string[] }): Promise<OrganizationRow[]> {
  const arms = [
    ...query.keys.filter(Boolean).map((key) => sql`${key} <% ${organizations.nameLatin}`),
    ...query.stems.map((stem) => sql`${organizations.nameLatin} like ${`%${stem}%`}`),
    ...query.abbreviations.map((abbreviation) => sql`(${organizations.shortNameRu} ~ ${`(^|[^А-ЯЁA-Z])${abbreviation}([^А-ЯЁA-Z]|$)`} or ${organizations.nameRu} ~ ${`(^|[^А-ЯЁA-Z])${abbreviation}([^А-ЯЁA-Z]|$)`})`),
  ];
  if (!arms.length) return [];
  return db.select({
    id: organizations.id, nameRu: organizations.nameRu, nameEn: organizations.nameEn, nameZh: organizations.nameZh,
    shortNameRu: organizations.shortNameRu, shortNameEn: organizations.shortNameEn, country: organizations.country,
  }).from(organizations).where(or(...arms))
    // In a large registry a common word ("Якутия") matches thousands: the closest names come first.
    .orderBy(sql`word_similarity(${query.keys[0] ?? ''}, coalesce(${organizations.nameLatin}, '')) desc`, organizations.id)
    .limit(300);
}

export async function findPersonsByName(db: Executor, fullNames: string[]) {
  if (!fullNames.length) return [];
  return db.select({ id: persons.id, fullNameRu: persons.fullNameRu, organizationId: persons.organizationId }).from(persons)
    .where(and(inArray(sql`lower(${persons.fullNameRu})`, fullNames.map((n) => n.toLowerCase())), isNull(persons.erasedAt)));
}

export async function directionsByCodes(db: Executor, codes: string[]) {
  if (!codes.length) return [];
  return db.select({ id: directions.id, code: directions.code, labelRu: directions.labelRu, labelEn: directions.labelEn, labelZh: directions.labelZh }).from(directions).where(inArray(directions.code, codes));
}

export async function insertPerson(tx: Executor, values: { fullNameRu: string; positionRu: string | null; organizationId: string }) {
  const [row] = await tx.insert(persons).values(values).returning({ id: persons.id });
  return row!.id;
}

/** The press text kept with the agreement as its source: a plain-text document, checksummed like every file. */
export async function insertSourceDocument(tx: Executor, agreementId: string, text: string, userId: string | null) {
  const content = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const [file] = await tx.insert(storedFiles).values({ sha256, contentType: 'text/plain; charset=utf-8', sizeBytes: content.length, originalName: 'press-release.txt', content, uploadedByUserId: userId }).returning({ id: storedFiles.id });
  const [document] = await tx.insert(agreementDocuments).values({ agreementId, kind: 'other', title: 'Пресс-релиз / Press release' }).returning({ id: agreementDocuments.id });
  await tx.insert(agreementDocumentVersions).values({ documentId: document!.id, version: 1, fileId: file!.id, uploadedByUserId: userId });
  return { documentId: document!.id, sha256, sizeBytes: content.length };
}
