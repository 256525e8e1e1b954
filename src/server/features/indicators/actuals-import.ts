/**
 * Figures from a spreadsheet, by the registry imports' rules: the same reader and limits, a dry
 * run that writes nothing, every bad row reported with its reason, and all rows or none. A row is
 * checked by the very code that writes it (inside a transaction that a dry run, or any error,
 * rolls back), so the dry run cannot disagree with the real import.
 */
import { inArray } from 'drizzle-orm';
import { actualsImportColumns, reportActualInput, type ActualsImportReport, type ActualValue } from '../../../shared/contracts/indicators';
import { errorMessage, fieldIssueMessages } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
import { organizationIdentifiers } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { readSpreadsheet, restoreNeutralizedFormula } from '../../lib/spreadsheet-reader';
import type { Table } from '../../lib/spreadsheet';
import { reportActual } from './indicator-actuals';
import { readableIndicatorLevels } from './indicators.policy';
import * as repo from './indicators.repo';
import { rebuildYearlyValues } from './yearly-rollup';

type RowError = ActualsImportReport['errors'][number];
class RollBack extends Error {}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function organizationsByKey(db: Executor, keys: string[]) {
  const inns = keys.filter((k) => !uuidPattern.test(k));
  const map = new Map(keys.filter((k) => uuidPattern.test(k)).map((k) => [k, k]));
  if (inns.length) {
    const rows = await db.select().from(organizationIdentifiers).where(inArray(organizationIdentifiers.value, inns));
    for (const row of rows) if (row.scheme === 'inn') map.set(row.value, row.organizationId);
  }
  return map;
}

/**
 * An indicator's figures the caller may see, in the columns the import reads: download, edit,
 * upload. Organizations are named by ИНН where they have one, else by id (the import takes both).
 */
export async function actualsTable(db: Executor, indicator: repo.IndicatorRow, values: ActualValue[]): Promise<Table> {
  const organizationIds = [...new Set(values.flatMap((v) => (v.organization ? [v.organization.id] : [])))];
  const inns = organizationIds.length
    ? new Map((await db.select().from(organizationIdentifiers).where(inArray(organizationIdentifiers.organizationId, organizationIds)))
      .filter((r) => r.scheme === 'inn').map((r) => [r.organizationId, r.value]))
    : new Map<string, string>();
  return {
    columns: [...actualsImportColumns],
    rows: values.map((v) => [
      indicator.code, v.organization ? inns.get(v.organization.id) ?? v.organization.id : null, v.year, v.periodKind, v.periodIndex, v.value, v.source, v.comment, null,
    ]),
  };
}

export async function importActuals(db: Database, clock: Clock, content: Buffer, dryRun: boolean, context: RequestContext, language: Language): Promise<ActualsImportReport> {
  requireUser(context.actor);
  const table = await readSpreadsheet(content);
  const missing = ['indicator_code', 'year', 'value'].filter((c) => !table.columns.includes(c));
  if (missing.length) throw new AppError('IMPORT_FILE_UNREADABLE', { reason: 'missing_columns', columns: missing, expected: actualsImportColumns });
  const cell = (row: string[], column: string) => {
    const index = table.columns.indexOf(column);
    return index < 0 ? '' : restoreNeutralizedFormula(row[index] ?? '');
  };
  const errors: RowError[] = [];
  const rowError = (row: number, column: string | null, code: string, message: string) => errors.push({ row, column, code, message });
  const report = { dryRun, rows: table.rows.length, creates: 0, updates: 0, written: 0 };

  try {
    await db.transaction(async (tx) => {
      const indicatorsByCode = new Map((await repo.findIndicatorsByCodes(tx, [...new Set(table.rows.map((r) => cell(r, 'indicator_code')))]))
        .filter((r) => { const levels = readableIndicatorLevels(context.actor); return levels === 'all' || levels.includes(r.level); })
        .map((r) => [r.code, r]));
      const organizations = await organizationsByKey(tx, [...new Set(table.rows.map((r) => cell(r, 'organization_inn')).filter(Boolean))]);
      const seen = new Set<string>();
      for (const [index, row] of table.rows.entries()) {
        const line = index + 2;
        const indicator = indicatorsByCode.get(cell(row, 'indicator_code'));
        if (!indicator) { rowError(line, 'indicator_code', 'NOT_FOUND', errorMessage('NOT_FOUND', language)); continue; }
        const organizationKey = cell(row, 'organization_inn');
        const organizationId = organizationKey ? organizations.get(organizationKey) : null;
        if (organizationId === undefined) { rowError(line, 'organization_inn', 'NOT_FOUND', errorMessage('NOT_FOUND', language)); continue; }
        const parsed = reportActualInput.safeParse({
          year: Number(cell(row, 'year')),
          periodKind: cell(row, 'period_kind') || 'year',
          periodIndex: Number(cell(row, 'period_index') || 0),
          organizationId,
          value: cell(row, 'value') === '' ? Number.NaN : Number(cell(row, 'value').replace(/\s/g, '').replace(',', '.')),
          source: cell(row, 'source') || null,
          comment: cell(row, 'comment') || null,
          status: 'submitted',
          ...(cell(row, 'correction_reason') ? { correctionReason: cell(row, 'correction_reason') } : {}),
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const column = String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
          rowError(line, column || null, 'VALIDATION_FAILED', fieldIssueMessages[issue.code as keyof typeof fieldIssueMessages]?.[language] ?? errorMessage('VALIDATION_FAILED', language));
          continue;
        }
        const key = `${indicator.id}/${organizationId}/${parsed.data.year}/${parsed.data.periodKind}/${parsed.data.periodIndex}`;
        if (seen.has(key)) { rowError(line, null, 'IMPORT_DUPLICATE_ROW', errorMessage('IMPORT_DUPLICATE_ROW', language)); continue; }
        seen.add(key);
        try {
          const outcome = await reportActual(tx, indicator, parsed.data, { ...context, requestId: `${context.requestId}:row${line}` }, clock.now());
          if (outcome.created) report.creates++;
          else report.updates++;
        } catch (error) {
          // Every check of reportActual runs before its writes, so the transaction is still usable.
          if (!(error instanceof AppError)) throw error;
          rowError(line, null, error.code, errorMessage(error.code, language));
        }
      }
      if (dryRun || errors.length) throw new RollBack();
      const yearsOf = new Map<string, number[]>();
      for (const key of seen) {
        const [indicatorId, , year] = key.split('/');
        yearsOf.set(indicatorId!, [...(yearsOf.get(indicatorId!) ?? []), Number(year)]);
      }
      for (const [indicatorId, years] of yearsOf) await rebuildYearlyValues(tx, [indicatorId], [...new Set(years)]);
    });
    report.written = report.creates + report.updates;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return { ...report, errors };
}
