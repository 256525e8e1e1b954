import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export type RunningServer = {
  baseUrl: string;
  stop: () => Promise<void>;
  /** kill -9: no shutdown of any kind; the data folder is left as the process left it. */
  crash: () => Promise<void>;
  output: () => string;
};

/** The journeys test the built app the server really serves: the same staleness check as `npm start`. */
export function ensureWebBuilt(): void {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app failed');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

type ServerOptions = {
  /** A data folder to start from, copied: the server finds the demo world built and keeps it. */
  template?: string;
  /** A data folder of the caller's, used as it is and left in place when the server stops. */
  dataDir?: string;
  /** A PostgreSQL server's database instead of a data folder. */
  databaseUrl?: string;
};

/** The real server as a child process, on a free port, with a fresh data folder and the demo world. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  ensureWebBuilt();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'northbridge-e2e-'));
  const removeData = () => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  if (options.template) cpSync(options.template, dataDir, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn', NODE_ENV: 'test',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000); // enough to explain a failure
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = () => log;
  try {
    await waitUntilHealthy(baseUrl, child, output, 150_000);
  } catch (error) {
    child.kill('SIGKILL');
    removeData();
    throw error;
  }
  return {
    baseUrl,
    output,
    crash: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      removeData();
    },
  };
}
