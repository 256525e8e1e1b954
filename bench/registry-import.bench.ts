/**
 * Import of a 100,000-row XLSX register of new residents (bench/import-file.ts) into a park, on
 * PGlite and on PostgreSQL, next to a raw batched INSERT of the same rows in the same run.
 *   upload   read the file (limits, parse) and store it: POST /api/imports
 *   check    the dry run: read, map, validate every row, look up matches: POST /api/imports/:id/check
 *   commit   the job: write every organization, its identifier and directions, its membership and
 *            one audit entry per write — with the dry run the check kept, since nothing moved
 *            between them (ADR 037); a commit that has to check again also reads the file again
 *   raw      the same organizations, identifiers, direction links and memberships inserted with
 *            multi-row INSERTs of 500 rows in one transaction, into a second fresh database of
 *            the same engine (values prepared beforehand, so only the INSERTs are timed)
 * Run: npx tsx bench/registry-import.bench.ts [rows=100000] [--only=pglite|postgres]
 */
import type { DatabaseConnection } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { ensureReferenceData } from '../src/server/db/reference/reference-data';
import { directions, ecosystemMemberships, organizationDirections, organizationIdentifiers, organizations } from '../src/server/db/schema/index';
import { createAuditService } from '../src/server/features/audit/audit.service';
import { createAuthService } from '../src/server/features/auth/auth.service';
import { createLoginThrottle } from '../src/server/features/auth/login-throttle';
import { createImportsService } from '../src/server/features/imports/imports.service';
import { createRegistryService } from '../src/server/features/registry/registry.service';
import { searchColumnsOf } from '../src/server/features/registry/search-columns';
import { systemClock } from '../src/server/lib/clock';
import { toXlsx } from '../src/server/lib/spreadsheet';
import { freshPglite, freshPostgres, type BenchDatabase } from './bench-databases';
import { machine, round, timeIt } from './bench-support';
import { createCoordinator } from './bench-users';
import { importRows, importTable, type ImportRowSource } from './import-file';

const args = process.argv.slice(2);
const rowCount = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const ratio = (value: number) => Math.round(value * 100) / 100;
const log = (text: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);

/** A migrated database with the reference data, one park, and a coordinator who imports into it. */
async function prepare(connection: DatabaseConnection) {
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);
  const [park] = await connection.db.insert(organizations).values({ kind: 'technopark', nameEn: 'Benchmark Technopark', country: 'RU', visibility: 'public' }).returning();
  const coordinator = await createCoordinator(connection);
  return { parkId: park!.id, userId: coordinator.userId };
}

async function measureImport(connection: DatabaseConnection, content: Buffer) {
  const { parkId, userId } = await prepare(connection);
  const db = connection.db;
  const auth = createAuthService({ db, clock: systemClock, sessionDays: 14, throttle: createLoginThrottle(), addressThrottle: createLoginThrottle({ maxFailures: 30 }) });
  const registry = createRegistryService({ db, clock: systemClock, audit: createAuditService({ db }) });
  // The job is run below by calling it, so that its time is measured alone.
  const imports = createImportsService({ db, clock: systemClock, jobs: { send: async () => null }, auth, registry });
  const context = { actor: await auth.actorOfUser(userId), requestId: 'bench' };

  const upload = await timeIt(() => imports.upload(content, { fileName: 'residents.xlsx', ecosystemId: parkId }, context));
  log(`upload ${Math.round(upload.ms)} ms`);
  const check = await timeIt(() => imports.check(upload.result.id, upload.result.mapping, context, 'ru'));
  log(`check ${Math.round(check.ms)} ms`);
  const report = check.result.report!;
  if (report.errors.length) throw new Error(`the file has errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
  await imports.commit(upload.result.id, context);
  const commit = await timeIt(() => imports.execute(upload.result.id, 'ru'));
  log(`commit ${Math.round(commit.ms)} ms`);
  const run = await imports.get(upload.result.id, context);
  if (run.status !== 'done') throw new Error(`the import ended ${run.status}: ${run.error}`);
  const [written] = (await connection.executeSql('select (select count(*) from organizations)::int as organizations, (select count(*) from ecosystem_memberships)::int as memberships')).rows as { organizations: number; memberships: number }[];
  return { upload: upload.ms, check: check.ms, commit: commit.ms, creates: report.creates, written };
}

/** The rows the import writes, as plain values for INSERT; prepared before the clock starts. */
async function rawValues(connection: DatabaseConnection, rows: ImportRowSource[], parkId: string) {
  const directionIds = new Map((await connection.db.select({ id: directions.id, code: directions.code }).from(directions)).map((d) => [d.code, d.id]));
  return rows.map(({ organization: o, inn, status, dateFrom, registrationNumber, residentType }) => {
    const id = crypto.randomUUID();
    const values = {
      id, externalId: o.externalId, nameRu: o.nameRu, nameEn: o.nameEn, nameZh: o.nameZh, kind: o.kind, country: o.country, region: o.region, city: o.city,
      sizeBand: o.sizeBand, foundedYear: o.foundedYear, visibility: o.visibility, descriptionRu: o.descriptionRu,
      headcount: o.headcount, revenueRub: o.revenueRub, exportsRub: o.exportsRub,
    };
    return {
      organization: { ...values, ...searchColumnsOf(values) },
      identifier: inn ? { organizationId: id, scheme: 'inn', country: 'RU', value: inn } : null,
      directions: o.directionCodes.map((code) => ({ organizationId: id, directionId: directionIds.get(code)! })),
      membership: { ecosystemId: parkId, organizationId: id, status, dateFrom, registrationNumber, residentType },
    };
  });
}

async function measureRaw(connection: DatabaseConnection, rows: ImportRowSource[]) {
  const { parkId } = await prepare(connection);
  const values = await rawValues(connection, rows, parkId);
  const batches = Array.from({ length: Math.ceil(values.length / 500) }, (_, i) => values.slice(i * 500, (i + 1) * 500));
  const raw = await timeIt(() => connection.db.transaction(async (tx) => {
    for (const batch of batches) {
      await tx.insert(organizations).values(batch.map((v) => v.organization));
      const identifiers = batch.flatMap((v) => (v.identifier ? [v.identifier] : []));
      if (identifiers.length) await tx.insert(organizationIdentifiers).values(identifiers);
      await tx.insert(organizationDirections).values(batch.flatMap((v) => v.directions));
      await tx.insert(ecosystemMemberships).values(batch.map((v) => v.membership));
    }
  }));
  log(`raw ${Math.round(raw.ms)} ms`);
  return raw.ms;
}

async function withDatabase<T>(open: () => Promise<BenchDatabase>, action: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const database = await open();
  try {
    return await action(database.connection);
  } finally {
    await database.dispose();
  }
}

log(`generating ${rowCount} rows`);
const rows = importRows(rowCount);
const file = await timeIt(() => toXlsx(importTable(rows), 'residents'));
log(`XLSX ${(file.result.length / 2 ** 20).toFixed(1)} MiB in ${Math.round(file.ms)} ms`);

const engines = [['pglite', freshPglite], ['postgres', () => freshPostgres()]] as const;
const results = [];
for (const [engine, open] of engines) {
  if (only && only !== engine) continue;
  log(`${engine}: import`);
  const imported = await withDatabase(open, (connection) => measureImport(connection, file.result));
  log(`${engine}: raw insert`);
  const raw = await withDatabase(open, (connection) => measureRaw(connection, rows));
  results.push({
    engine, rows: rowCount, written: imported.written,
    uploadMs: round(imported.upload), checkMs: round(imported.check), commitMs: round(imported.commit), rawMs: round(raw),
    // Two decimals: the goal is a ratio of 2, and one decimal would round 1.96 and 2.04 alike.
    commitToRaw: ratio(imported.commit / raw), checkAndCommitToRaw: ratio((imported.check + imported.commit) / raw),
  });
}
console.log(JSON.stringify({ machine: machine(), date: new Date().toISOString().slice(0, 10), results }, null, 2));
