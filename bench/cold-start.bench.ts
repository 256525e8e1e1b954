/**
 * Cold start: an empty data folder → migrations, reference data, demo world → the first page
 * served. Baseline in the same run: creating an empty PGlite database in a folder, the floor
 * under which the app cannot start. Run: npx tsx bench/cold-start.bench.ts [runs]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machine, summarize } from './bench-support';

const runs = Number(process.argv[2] ?? 5);
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

function runUntil(args: string[], ready: RegExp): Promise<{ ms: number; port?: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'info' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      resolve({
        ms: performance.now() - started,
        port: match[1] ? Number(match[1]) : undefined,
        stop: () => new Promise((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

async function coldStart(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-bench-'));
  const started = performance.now();
  const server = await runUntil([tsx, 'src/server/main.ts', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], /"port":(\d+),"startMs"/);
  const page = await fetch(`http://127.0.0.1:${server.port}/`);
  if (page.status !== 200) throw new Error(`first page answered ${page.status}`);
  await page.text();
  const ms = performance.now() - started;
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return ms;
}

async function emptyPglite(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-bench-'));
  const script = `import { PGlite } from '@electric-sql/pglite'; const db = await PGlite.create(${JSON.stringify(dataDir)}); await db.query('select 1'); console.log('ready'); await db.close();`;
  const result = await runUntil(['--input-type=module', '-e', script], /ready/);
  await result.stop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
  return result.ms;
}

const app: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < runs; i++) {
  baseline.push(await emptyPglite());
  app.push(await coldStart());
}
const a = summarize(app);
const b = summarize(baseline);
console.log(JSON.stringify({ bench: 'cold-start', machine: machine(), date: new Date().toISOString(), runs, coldStartMs: a, emptyPgliteMs: b, ratioP50: Math.round((a.p50 / b.p50) * 100) / 100 }, null, 2));
