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
import { insertOrganizationWithLinks, updateOrganizationWithLinks, type Fields } from './organization-writes';
import { canWriteOrganization, organizationReadScope } from './registry.policy';
import { findOrganization } from './registry.repo';
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

  for (const row of rows) {
    const keys = [...(row.id ? [`id:${row.id}`] : []), ...(row.externalId ? [`ext:${row.externalId}`] : []), ...(row.fields.identifiers ?? []).map((i) => `${i.scheme}:${i.value}`)];
    const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) { fail(row.row, null, 'DUPLICATE_ROW', `${errorMessage('IMPORT_DUPLICATE_ROW', language)} (${earlier})`); continue; }
    keys.forEach((k) => seen.set(k, row.row));

    const unknownCodes = row.fields.activityCodes ? [row.fields.activityCodes.main, ...row.fields.activityCodes.additional].filter((c): c is string => Boolean(c) && !knownCodes.has(c!)) : [];
    if (unknownCodes.length) { fail(row.row, 'okved', 'UNKNOWN_ACTIVITY_CODE', `${errorMessage('UNKNOWN_ACTIVITY_CODE', language)} ${unknownCodes.join(', ')}`); continue; }

    let existingId: string | null = null;
    if (row.id && (await findOrganization(tx, scope, row.id))) existingId = row.id;
    if (!existingId && row.fields.identifiers?.length) existingId = (await repo.findTakenIdentifiers(tx, row.fields.identifiers))[0]?.organization.id ?? null;
    if (!existingId && row.externalId) existingId = (await repo.findOrganizationByExternalId(tx, row.externalId))?.id ?? null;

    if (existingId) {
      const ecosystemIds = await repo.ecosystemIdsOfOrganization(tx, existingId);
      if (!canWriteOrganization(context.actor, 'update', { id: existingId, ecosystemIds })) { fail(row.row, null, 'FORBIDDEN', errorMessage('FORBIDDEN', language)); continue; }
      if (row.fields.identifiers?.length) {
        const takenElsewhere = await repo.findTakenIdentifiers(tx, row.fields.identifiers, existingId);
        if (takenElsewhere.length) { fail(row.row, takenElsewhere[0]!.scheme, 'IDENTIFIER_TAKEN', errorMessage('IDENTIFIER_TAKEN', language)); continue; }
      }
    } else {
      if (!canWriteOrganization(context.actor, 'create')) { fail(row.row, null, 'FORBIDDEN', errorMessage('FORBIDDEN', language)); continue; }
      const name = row.fields.name;
      if (!name || !(name.ru || name.en || name.zh)) { fail(row.row, 'name_ru', 'name_required', fieldIssueMessages.name_required[language]); continue; }
      if (!row.fields.kind) { fail(row.row, 'kind', 'required', fieldIssueMessages.required[language]); continue; }
      if (!row.fields.country) { fail(row.row, 'country', 'required', fieldIssueMessages.required[language]); continue; }
    }
    planned.push({ ...row, existingId });
  }
  return { planned, errors };
}

/** Writes one planned row; returns the organization's id. */
export async function writeOrganizationRow(tx: Executor, row: PlannedRow, context: RequestContext, now: Date): Promise<string> {
  if (!row.existingId) return insertOrganizationWithLinks(tx, { visibility: 'public', ...row.fields }, context);
  const existing = await repo.findOrganizationById(tx, row.existingId);
  await updateOrganizationWithLinks(tx, existing!, row.fields, context, now);
  return row.existingId;
}
