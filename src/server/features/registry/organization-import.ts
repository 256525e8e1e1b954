/**
 * The registry's side of a spreadsheet import: which existing organization each row means (by id,
 * national identifier or external id — so a re-import updates instead of duplicating), whether the
 * caller may write it, and the write itself inside the import's one transaction.
 */
import type { RowIssue } from '../../../shared/contracts/imports';
import { errorMessage, fieldIssueMessages } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { insertOrganizationsWithLinks, readLinkOrder, updateOrganizationsWithLinks, type Fields } from './organization-writes';
import { canWriteOrganization, organizationReadScope } from './registry.policy';
import * as repo from './organizations-write.repo';

export type ImportRow = { row: number; id: string | null; externalId: string | null; fields: Fields };
export type PlannedRow = ImportRow & { existingId: string | null };

export async function planOrganizationRows(tx: Executor, rows: ImportRow[], context: RequestContext, language: Language) {
  const errors: RowIssue[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const scope = organizationReadScope(context.actor);
  const codes = [...new Set(rows.flatMap((r) => (r.fields.activityCodes ? [r.fields.activityCodes.main, ...r.fields.activityCodes.additional].filter((c): c is string => Boolean(c)) : [])))];
  const knownCodes = new Set(await repo.findKnownActivityCodes(tx, codes));
  const fail = (row: number, column: string | null, code: string, message: string) => errors.push({ row, column, code, message });

  // Everything the rows may point at, looked up for all rows at once rather than row by row.
  const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const readableIds = await repo.findReadableOrganizationIds(tx, scope, [...new Set(rows.flatMap((r) => (r.id && uuidPattern.test(r.id) ? [r.id] : [])))]);
  const holders = await repo.findIdentifierHolders(tx, rows.flatMap((r) => r.fields.identifiers ?? []));
  const byExternalId = await repo.findOrganizationIdsByExternalIds(tx, [...new Set(rows.flatMap((r) => (r.externalId ? [r.externalId] : [])))]);
  const matchOf = (row: ImportRow) => {
    if (row.id && readableIds.has(row.id)) return row.id;
    const held = (row.fields.identifiers ?? []).map((i) => holders.get(`${i.scheme}:${i.value}`)).find(Boolean);
    return held ?? (row.externalId ? byExternalId.get(row.externalId) : undefined) ?? null;
  };
  const matches = rows.map(matchOf);
  const ecosystemsOf = await repo.ecosystemIdsOfOrganizations(tx, [...new Set(matches.filter((id): id is string => id !== null))]);

  rows.forEach((row, index) => {
    const keys = [...(row.id ? [`id:${row.id}`] : []), ...(row.externalId ? [`ext:${row.externalId}`] : []), ...(row.fields.identifiers ?? []).map((i) => `${i.scheme}:${i.value}`)];
    const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) { fail(row.row, null, 'DUPLICATE_ROW', `${errorMessage('IMPORT_DUPLICATE_ROW', language)} (${earlier})`); return; }
    keys.forEach((k) => seen.set(k, row.row));

    if (row.id && !uuidPattern.test(row.id)) { fail(row.row, 'id', 'invalid_format', fieldIssueMessages.invalid_format[language]); return; }
    const unknownCodes = row.fields.activityCodes ? [row.fields.activityCodes.main, ...row.fields.activityCodes.additional].filter((c): c is string => Boolean(c) && !knownCodes.has(c!)) : [];
    if (unknownCodes.length) { fail(row.row, 'okved', 'UNKNOWN_ACTIVITY_CODE', `${errorMessage('UNKNOWN_ACTIVITY_CODE', language)} ${unknownCodes.join(', ')}`); return; }

    const existingId = matches[index]!;
    if (existingId) {
      if (!canWriteOrganization(context.actor, 'update', { id: existingId, ecosystemIds: ecosystemsOf.get(existingId) ?? [] })) { fail(row.row, null, 'FORBIDDEN', errorMessage('FORBIDDEN', language)); return; }
      const takenElsewhere = (row.fields.identifiers ?? []).find((i) => { const holder = holders.get(`${i.scheme}:${i.value}`); return holder !== undefined && holder !== existingId; });
      if (takenElsewhere) { fail(row.row, takenElsewhere.scheme, 'IDENTIFIER_TAKEN', errorMessage('IDENTIFIER_TAKEN', language)); return; }
    } else {
      if (!canWriteOrganization(context.actor, 'create')) { fail(row.row, null, 'FORBIDDEN', errorMessage('FORBIDDEN', language)); return; }
      const name = row.fields.name;
      if (!name || !(name.ru || name.en || name.zh)) { fail(row.row, 'name_ru', 'name_required', fieldIssueMessages.name_required[language]); return; }
      if (!row.fields.kind) { fail(row.row, 'kind', 'required', fieldIssueMessages.required[language]); return; }
      if (!row.fields.country) { fail(row.row, 'country', 'required', fieldIssueMessages.required[language]); return; }
    }
    planned.push({ ...row, existingId });
  });
  return { planned, errors };
}

/**
 * Writes the planned rows in batches of multi-row statements (the dry run in the same transaction
 * has checked them); returns each row's organization id, in the order of `planned`. `onProgress`
 * hears the number of rows written after each batch.
 */
export async function writeOrganizationRows(tx: Executor, planned: PlannedRow[], context: RequestContext, now: Date, onProgress?: (done: number) => void): Promise<string[]> {
  const ids: string[] = [];
  const linkOrder = await readLinkOrder(tx, planned.filter((row) => !row.existingId).map((row) => row.fields));
  for (const batch of repo.inBatches(planned)) {
    const creates = batch.filter((row) => !row.existingId);
    const created = await insertOrganizationsWithLinks(tx, creates.map((row) => ({ visibility: 'public', ...row.fields })), context, linkOrder);
    await updateOrganizationsWithLinks(tx, batch.filter((row) => row.existingId).map((row) => ({ id: row.existingId!, fields: row.fields })), context, now);
    let next = 0;
    for (const row of batch) ids.push(row.existingId ?? created[next++]!);
    onProgress?.(ids.length);
  }
  return ids;
}
