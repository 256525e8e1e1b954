/**
 * Load and soak: the real server (buildApp + listen on 127.0.0.1, the default rate limits) on the
 * demo world, under a mixed read/write load from a child process (bench/soak-driver.ts), on a fresh
 * PostgreSQL database and/or on PGlite in a temporary folder. Per engine, in one run:
 *   mixed     `--seconds` of signed-in reads of every family by five demo roles + anonymous reads
 *             of the public catalog, `--write-share` of writes that create rows (a fifth of them
 *             retried with the same Idempotency-Key), and sign-in attempts from other loopback
 *             addresses (a brute force on one account, a legitimate user elsewhere); the server's
 *             RSS sampled every 5 s from the end of the warm-up to the end
 *   baseline  GET /bench/baseline (one `select … limit 25`, no sign-in), before and after the families
 *   families  each read family alone for `--family-seconds`, as a share of the baseline's req/s
 * Goals: 0 errors, RSS growth ≤ 10 %, each family ≥ 50 % of the baseline, brute force gets 429s
 * while the other user signs in.
 *
 *   npm run bench:soak -- [--seconds=300] [--connections=100] [--engine=postgres|pglite|both]
 *     [--family-seconds=10] [--warm-up=10] [--write-share=0.1] [--remember=on|off] [--json=file]
 * `--remember=off` builds the app without remembered answers (ADR 045), to show the reads alone.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildApp } from '../src/server/app';
import { prepareDatabase } from '../src/server/bootstrap';
import { DEMO_PASSWORD, demoUsers } from '../src/server/demo/demo-users';
import { freshPglite, freshPostgres, type BenchDatabase } from './bench-databases';
import { machine } from './bench-support';
import type { DriverOptions, Phase } from './soak-driver';
import { markdownOf, type EngineResult } from './soak-report';
import { families } from './soak-traffic';

const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const seconds = Number(option('seconds', '300'));
const connections = Number(option('connections', '100'));
const familySeconds = Number(option('family-seconds', '10'));
const warmUpMs = Number(option('warm-up', '10')) * 1000;
const writeShare = Number(option('write-share', '0.1'));
const engineOption = option('engine', 'both');
const engines = engineOption === 'both' ? ['postgres', 'pglite'] as const : [engineOption as 'postgres' | 'pglite'];
const jsonPath = option('json', '');
const rememberAnswers = option('remember', 'on') !== 'off';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
/** RSS, and what of it V8 has committed for its heap, what the heap holds, and memory outside it. */
function memorySample(atSecond: number) {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { atSecond, megabytes: mib(rss), heapCommittedMegabytes: mib(heapTotal), heapMegabytes: mib(heapUsed), externalMegabytes: mib(external) };
}

async function soak(engine: 'postgres' | 'pglite'): Promise<EngineResult> {
  const database: BenchDatabase = engine === 'postgres' ? await freshPostgres() : await freshPglite();
  try {
    const { connection } = database;
    await prepareDatabase(connection, { demo: true, log: { info: () => {}, warn: () => {} } });
    const app = await buildApp({ connection, rememberAnswers });
    app.get('/bench/baseline', { schema: { hide: true } }, async () => (await connection.executeSql('select id, name_ru from organizations order by id limit 25')).rows);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const short = { warmUpMs: Math.min(warmUpMs, 3000), durationMs: familySeconds * 1000, writeShare: 0, idempotentShare: 0, logins: false };
    const phases: Phase[] = [
      { name: 'mixed', warmUpMs, durationMs: seconds * 1000, reads: [...families], writeShare, idempotentShare: 0.2, logins: true },
      { name: 'baseline', reads: 'baseline', ...short },
      ...families.map((family): Phase => ({ name: family, reads: [family], ...short })),
      { name: 'baseline again', reads: 'baseline', ...short },
    ];
    const options: DriverOptions = {
      base: address, connections, password: DEMO_PASSWORD, phases,
      users: demoUsers.map((u) => ({ role: u.role, email: u.email })), writerRoles: ['admin', 'coordinator'], attackedRole: 'analyst',
    };
    const rss: ReturnType<typeof memorySample>[] = [];
    let sampler: NodeJS.Timeout | undefined;
    let mixedStarted = 0;
    const phaseResults: Record<string, unknown> = {};
    let done: unknown;
    const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'bench/soak-driver.ts', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      const message = JSON.parse(line) as { event: string; phase?: string };
      process.stderr.write(`${engine}: ${message.event} ${message.phase ?? ''}\n`);
      if (message.event === 'measuring' && message.phase === 'mixed') {
        mixedStarted = performance.now();
        rss.push(memorySample(0));
        sampler = setInterval(() => rss.push(memorySample(Math.round((performance.now() - mixedStarted) / 1000))), 5000);
      }
      if (message.event === 'phase') {
        if (message.phase === 'mixed') {
          clearInterval(sampler);
          rss.push(memorySample(Math.round((performance.now() - mixedStarted) / 1000)));
        }
        phaseResults[message.phase!] = message;
      }
      if (message.event === 'done') done = message;
    }
    const code = await exited;
    await app.close();
    if (code !== 0) throw new Error(`the soak driver exited with ${code}`);
    return { engine, phases: phaseResults, rss, driver: done } as EngineResult;
  } finally {
    await database.dispose();
  }
}

const results: EngineResult[] = [];
for (const engine of engines) results.push(await soak(engine));
const report = { bench: 'soak', machine: machine(), date: new Date().toISOString(), rememberAnswers, seconds, connections, familySeconds, warmUpSeconds: warmUpMs / 1000, writeShare, results };
if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
console.log(markdownOf(report));
