/**
 * The imports feature owns spreadsheet imports: upload, the column mapping and its presets, the
 * dry run with a per-row report, and the commit — a background job that writes every row in one
 * transaction, or nothing.
 */
import { createHash } from 'node:crypto';
import type { ColumnMapping, ImportReport, ImportRun, RowIssue } from '../../../shared/contracts/imports';
import { membershipStatuses } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
import type { JobSender } from '../../jobs/job-queue';
import type { Actor, RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { readSpreadsheet } from '../../lib/spreadsheet-reader';
import type { AuthService } from '../auth/auth.service';
import { admitMembers, findCurrentMemberIds, requireEcosystem } from '../ecosystems/ecosystems.service';
import { organizationReadScope } from '../registry/registry.policy';
import { planOrganizationRows, writeOrganizationRows, type PlannedRow } from '../registry/organization-import';
import { readRegistryGeneration } from '../registry/registry-generation';
import type { RegistryService } from '../registry/registry.service';
import { basisOf, CheckedImports } from './checked-imports';
import { canImport, canReadImportRun } from './imports.policy';
import * as repo from './imports.repo';
import { prepareRows, suggestMapping, type PreparedRow } from './organization-rows';

export const importJobName = 'import-organizations';
const maxReportedErrors = 500;

type Stored = { columns: string[]; result?: ImportReport };
type Dependencies = { db: Database; clock: Clock; jobs: Pick<JobSender, 'send'>; auth: AuthService; registry: RegistryService };

function toDto(run: repo.ImportRunRow, fileName: string, progress?: number): ImportRun {
  const stored = (run.report ?? { columns: [] }) as Stored;
  return {
    id: run.id, kind: 'organizations', fileName, ecosystemId: run.ecosystemId, status: run.status as ImportRun['status'],
    columns: stored.columns, mapping: run.mapping as ColumnMapping, totalRows: run.totalRows, doneRows: Math.max(run.doneRows, progress ?? 0),
    report: stored.result ?? null, error: run.error, createdAt: run.createdAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

export function createImportsService({ db, clock, jobs, auth, registry }: Dependencies) {
  // Rows written by running imports; kept in memory because the writes are not visible until commit.
  const progress = new Map<string, number>();
  const today = () => clock.now().toISOString().slice(0, 10);
  // The last dry run, for the commit that follows it in this process (ADR 037).
  const checkedImports = new CheckedImports<Pick<Awaited<ReturnType<typeof dryRun>>, 'report' | 'planned' | 'membershipOf'>>(() => clock.now().getTime());

  async function loadRun(executor: Executor, id: string, actor: Actor) {
    requireUser(actor);
    const run = await repo.findImportRun(executor, id);
    if (!run || !canReadImportRun(actor, run)) throw notFound('import', id);
    const file = await repo.findStoredFile(executor, run.fileId);
    return { run, file: file! };
  }

  /** Reads the file again and checks every row against the registry as it is now. */
  const directionIdsByCode = async () => new Map((await registry.listDirections()).items.map((d) => [d.code, d.id]));

  async function dryRun(executor: Executor, run: repo.ImportRunRow, content: Buffer, mapping: ColumnMapping, actor: Actor, language: Language, directionIds: Map<string, string>) {
    const table = await readSpreadsheet(content);
    const prepared = prepareRows(table, mapping, directionIds, language);
    const context: RequestContext = { actor, requestId: `import:${run.id}` };
    const { planned, errors } = await planOrganizationRows(executor, prepared.rows, context, language);
    const allErrors: RowIssue[] = [...prepared.errors, ...errors, ...membershipErrors(prepared.rows, language)].sort((a, b) => a.row - b.row);
    let memberships = 0;
    if (run.ecosystemId) {
      const current = await findCurrentMemberIds(executor, run.ecosystemId, planned.flatMap((row) => (row.existingId ? [row.existingId] : [])), today());
      memberships = planned.filter((row) => !row.existingId || !current.has(row.existingId)).length;
    }
    const report: ImportReport = {
      rows: table.rows.length,
      creates: planned.filter((r) => !r.existingId).length,
      updates: planned.filter((r) => r.existingId).length,
      memberships,
      errors: allErrors.slice(0, maxReportedErrors),
      truncated: allErrors.length > maxReportedErrors,
    };
    const membershipOf = new Map(prepared.rows.map((r) => [r.row, r.membership]));
    return { report, planned, table, membershipOf, hasErrors: allErrors.length > 0 };
  }

  function membershipErrors(rows: PreparedRow[], language: Language): RowIssue[] {
    const messages = { ru: 'Неверное значение.', en: 'Not an allowed value.', zh: '不允许的值。' };
    return rows.flatMap((row) => [
      ...(row.membership.status && !(membershipStatuses as readonly string[]).includes(row.membership.status) ? [{ row: row.row, column: 'membership_status', code: 'invalid_value', message: messages[language] }] : []),
      ...(row.membership.dateFrom && !/^\d{4}-\d{2}-\d{2}$/.test(row.membership.dateFrom) ? [{ row: row.row, column: 'membership_date_from', code: 'invalid_format', message: messages[language] }] : []),
    ]);
  }

  /** Organizations first, then their memberships, each in batches of multi-row statements; progress after each batch. */
  async function writeAll(tx: Executor, run: repo.ImportRunRow, planned: PlannedRow[], membershipOf: Map<number, PreparedRow['membership']>, context: RequestContext) {
    const ids = await writeOrganizationRows(tx, planned, context, clock.now(), (done) => progress.set(run.id, done));
    if (!run.ecosystemId) return;
    // Who was a member before this import: the rows it has just created never were.
    const current = await findCurrentMemberIds(tx, run.ecosystemId, planned.flatMap((row) => (row.existingId ? [row.existingId] : [])), today());
    const admissions = planned.flatMap((row, index) => {
      const organizationId = ids[index]!;
      if (current.has(organizationId)) return [];
      const membership = membershipOf.get(row.row)!;
      current.add(organizationId);
      return [{
        organizationId,
        status: (membership.status ?? 'resident') as (typeof membershipStatuses)[number],
        dateFrom: membership.dateFrom ?? today(),
        residentType: membership.residentType,
        registrationNumber: membership.registrationNumber,
      }];
    });
    await admitMembers(tx, run.ecosystemId, admissions, context);
  }

  return {
    async upload(content: Buffer, query: { fileName: string; ecosystemId?: string | undefined }, context: RequestContext): Promise<ImportRun> {
      const actor = requireUser(context.actor);
      authorize(actor, canImport(actor, query.ecosystemId));
      // The park the rows will join must exist and be an ecosystem, not just be a well-formed id.
      if (query.ecosystemId) await requireEcosystem(db, organizationReadScope(actor), query.ecosystemId);
      const table = await readSpreadsheet(content);
      const run = await db.transaction(async (tx) => {
        const file = await repo.insertStoredFile(tx, {
          sha256: createHash('sha256').update(content).digest('hex'), contentType: 'application/octet-stream', sizeBytes: content.length,
          originalName: query.fileName, content, uploadedByUserId: actor.id,
        });
        const inserted = await repo.insertImportRun(tx, {
          userId: actor.id, ecosystemId: query.ecosystemId ?? null, kind: 'organizations', fileId: file.id,
          mapping: suggestMapping(table.columns), status: 'uploaded', totalRows: table.rows.length, report: { columns: table.columns },
        });
        await recordAudit(tx, context, { action: 'upload', entityType: 'import', entityId: inserted.id, after: { fileName: query.fileName, rows: table.rows.length, ecosystemId: query.ecosystemId ?? null } });
        return inserted;
      });
      return toDto(run, query.fileName);
    },

    async check(id: string, mapping: ColumnMapping, context: RequestContext, language: Language): Promise<ImportRun> {
      const { run, file } = await loadRun(db, id, context.actor);
      if (!['uploaded', 'checked', 'failed'].includes(run.status)) throw new AppError('IMPORT_NOT_READY', { status: run.status });
      // Read before anything the check reads: a registry write that commits after this moves it.
      const generation = await readRegistryGeneration(db);
      const checked = await dryRun(db, run, file.content, mapping, context.actor, language, await directionIdsByCode());
      const stored: Stored = { columns: ((run.report ?? {}) as Stored).columns ?? [], result: checked.report };
      const updated = await repo.updateImportRun(db, id, { mapping, status: 'checked', report: stored, error: null, updatedAt: clock.now() });
      if (checked.hasErrors) checkedImports.forget(id);
      else checkedImports.remember(id, basisOf(generation, context.actor, mapping), { report: checked.report, planned: checked.planned, membershipOf: checked.membershipOf });
      return toDto(updated, file.originalName);
    },

    async commit(id: string, context: RequestContext): Promise<ImportRun> {
      const { run, file } = await loadRun(db, id, context.actor);
      const result = ((run.report ?? {}) as Stored).result;
      if (run.status !== 'checked' || !result) throw new AppError('IMPORT_NOT_READY', { status: run.status });
      if (result.errors.length > 0) throw new AppError('IMPORT_HAS_ERRORS', { errors: result.errors.length });
      const queued = await db.transaction(async (tx) => {
        const row = await repo.updateImportRun(tx, id, { status: 'queued', doneRows: 0, updatedAt: clock.now() });
        await recordAudit(tx, context, { action: 'commit', entityType: 'import', entityId: id, changes: { status: { before: 'checked', after: 'queued' } } });
        return row;
      });
      await jobs.send(importJobName, { runId: id });
      return toDto(queued, file.originalName);
    },

    /**
     * The job: everything, its "done" included, in one transaction; a failure leaves the registry as
     * it was. A run that a stopped process left queued or running is sent again at start
     * (`interruptedRunIds`); the run's lock keeps two processes from writing it at once.
     */
    async execute(runId: string, language: Language = 'ru'): Promise<void> {
      const run = await repo.findImportRun(db, runId);
      if (!run || !['queued', 'running'].includes(run.status)) return;
      const file = await repo.findStoredFile(db, run.fileId);
      const actor = await auth.actorOfUser(run.userId);
      const context: RequestContext = { actor, requestId: `import:${run.id}` };
      await repo.updateImportRun(db, runId, { status: 'running', updatedAt: clock.now() });
      // Read before the transaction: on PGlite a query outside an open transaction waits for it.
      const directionIds = await directionIdsByCode();
      try {
        await db.transaction(async (tx) => {
          if (!(await repo.lockImportRun(tx, runId))) return; // another process is writing it
          const current = await repo.findImportRun(tx, runId);
          if (!current || !['queued', 'running'].includes(current.status)) return; // finished meanwhile
          // The dry run this process kept, if nothing it depends on has moved since; else check again:
          // the registry may have changed since the dry run, and what is wrong now stops the whole import.
          const basis = basisOf(await readRegistryGeneration(tx), actor, run.mapping as ColumnMapping);
          const checkAgain = async () => {
            const again = await dryRun(tx, run, file!.content, run.mapping as ColumnMapping, actor, language, directionIds);
            if (again.hasErrors) throw new AppError('IMPORT_HAS_ERRORS', { report: again.report });
            return again;
          };
          const checked = checkedImports.take(runId, basis) ?? (await checkAgain());
          await writeAll(tx, run, checked.planned, checked.membershipOf, context);
          const stored: Stored = { ...((run.report ?? {}) as Stored), result: checked.report };
          await repo.updateImportRun(tx, runId, { status: 'done', doneRows: run.totalRows, report: stored, finishedAt: clock.now(), updatedAt: clock.now() });
        });
      } catch (error) {
        const code = error instanceof AppError ? error.code : 'INTERNAL';
        const report = error instanceof AppError && error.details?.report ? (error.details.report as ImportReport) : undefined;
        await repo.updateImportRun(db, runId, {
          status: 'failed', doneRows: 0, error: code, finishedAt: clock.now(), updatedAt: clock.now(),
          ...(report ? { report: { ...((run.report ?? {}) as Stored), result: report } } : {}),
        });
      } finally {
        progress.delete(runId);
      }
    },

    /** Runs that were queued or running when the process that had them stopped. */
    interruptedRunIds: () => repo.listUnfinishedImportRunIds(db),

    async get(id: string, context: RequestContext): Promise<ImportRun> {
      const { run, file } = await loadRun(db, id, context.actor);
      return toDto(run, file.originalName, progress.get(id));
    },

    async list(context: RequestContext): Promise<ImportRun[]> {
      const actor = requireUser(context.actor);
      const runs = await repo.listImportRunsOfUser(db, actor.id);
      const files = await Promise.all(runs.map((r) => repo.findStoredFile(db, r.fileId)));
      return runs.map((run, i) => toDto(run, files[i]?.originalName ?? '', progress.get(run.id)));
    },

    async listPresets(context: RequestContext) {
      const actor = requireUser(context.actor);
      return (await repo.listPresets(db, actor.id, 'organizations')).map((p) => ({ id: p.id, name: p.name, kind: 'organizations' as const, mapping: p.mapping as ColumnMapping, createdAt: p.createdAt.toISOString() }));
    },

    async createPreset(name: string, mapping: ColumnMapping, context: RequestContext) {
      const actor = requireUser(context.actor);
      const row = await db.transaction(async (tx) => {
        const inserted = await repo.insertPreset(tx, { ownerUserId: actor.id, name, kind: 'organizations', mapping });
        await recordAudit(tx, context, { action: 'create', entityType: 'import_preset', entityId: inserted.id, after: { name, mapping } });
        return inserted;
      });
      return { id: row.id, name: row.name, kind: 'organizations' as const, mapping: row.mapping as ColumnMapping, createdAt: row.createdAt.toISOString() };
    },

    async deletePreset(id: string, context: RequestContext) {
      const actor = requireUser(context.actor);
      await db.transaction(async (tx) => {
        if (!(await repo.deletePreset(tx, actor.id, id))) throw notFound('import_preset', id);
        await recordAudit(tx, context, { action: 'delete', entityType: 'import_preset', entityId: id, changes: {} });
      });
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
