/**
 * The client side of registry-load.bench.ts, in a process of its own so that it does not share the
 * server's event loop: `connections` keep-alive sockets, each sending its next request as soon as
 * the previous answer is read, for a fixed time. Only ever aimed at 127.0.0.1.
 * Args (JSON): { url, headers, connections, warmUpMs, durationMs, paths? }; `{page}` in the url cycles
 * 1–40, or, when `paths` is given, the requests cycle through those paths (e.g. keyset cursors).
 */
import http from 'node:http';
import { summarize } from './bench-support';

type Options = { url: string; headers: Record<string, string>; connections: number; warmUpMs: number; durationMs: number; paths?: string[] };
const options = JSON.parse(process.argv[2] ?? '{}') as Options;
const target = new URL(options.url.replace('{page}', '1'));
if (target.hostname !== '127.0.0.1') throw new Error('The load driver only talks to 127.0.0.1');
const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: target.port, path, headers: options.headers, agent }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.once('error', reject);
  });
}

let sent = 0;
const path = new URL(options.url).pathname + new URL(options.url).search;
async function worker(until: number, durations: number[] | null, statuses: Map<number, number>) {
  while (performance.now() < until) {
    const turn = sent++;
    const next = options.paths ? options.paths[turn % options.paths.length]! : decodeURIComponent(path).replace('{page}', String((turn % 40) + 1));
    const started = performance.now();
    const status = await get(next);
    durations?.push(performance.now() - started);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}

async function phase(ms: number, record: boolean) {
  const durations: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, () => worker(started + ms, record ? durations : null, statuses)));
  return { seconds: (performance.now() - started) / 1000, durations, statuses };
}

await phase(options.warmUpMs, false);
const measured = await phase(options.durationMs, true);
agent.destroy();
const summary = summarize(measured.durations);
console.log(JSON.stringify({
  requests: measured.durations.length,
  requestsPerSecond: Math.round(measured.durations.length / measured.seconds),
  p50: summary.p50,
  p95: summary.p95,
  statuses: Object.fromEntries(measured.statuses),
}));
