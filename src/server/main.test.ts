import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The real entry point, as `npm start` runs it, on a temporary data folder.
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const children: ChildProcess[] = [];
const folders: string[] = [];

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [tsx, 'src/server/main.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`did not see ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return output;
  };
  return { child, exited, waitFor, output: () => output };
}

function tempDataDir() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-main-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  children.splice(0).forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
});

describe('the server process', () => {
  it('lists its settings with --help', async () => {
    const run = start(['--help']);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('DATABASE_URL');
  });

  it('refuses bad configuration, naming each bad value', async () => {
    const run = start([], { PORT: 'eighty', COOKIE_SECURE: 'perhaps' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('PORT / --port');
    expect(run.output()).toContain('COOKIE_SECURE / --cookie-secure');
  });

  it('serves, refuses a second process on the same data folder, and stops gracefully on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const first = start(['--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--no-demo']);
    const log = await first.waitFor(/"port":(\d+).*Northbridge is ready/);
    const port = Number(/"port":(\d+)/.exec(log.slice(log.indexOf('is ready') - 200))![1]);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { engine: 'pglite', reachable: true } });

    const second = start(['--port', '0', '--data-dir', dataDir, '--no-demo']);
    expect(await second.exited).toBe(3);
    expect(second.output()).toMatch(/in use by another Northbridge process \(pid \d+\)/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    expect(fs.existsSync(path.join(dataDir, 'northbridge.lock'))).toBe(false);
  }, 90_000); // two real processes migrating a new data folder: slow while other suites share the cores
});
