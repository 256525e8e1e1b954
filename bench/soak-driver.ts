/**
 * The client side of soak.bench.ts, in a process of its own so that it does not share the server's
 * event loop. Signs in one session per demo role, learns the demo world's ids, tries each (role,
 * read) pair once, then runs phases: `connections` keep-alive sockets each sending its next request
 * as soon as the previous answer is read, for a fixed time after a warm-up. A phase is either the
 * mixed load (reads of every family + a share of writes, some retried with the same Idempotency-Key,
 * and sign-in attempts from other loopback addresses), one family alone, or the baseline.
 * Talks on stdout in JSON lines: {event:'measuring'|'phase'|'done', …}. Only ever aims at 127.0.0.1.
 */
import { createClient, type Session } from './soak-http';
import { startLoginTraffic } from './soak-logins';
import { createTally, type Tally } from './soak-tally';
import { discoverWorld, families, readTemplates, writeRequest, type Family, type ReadTemplate } from './soak-traffic';

export type Phase = { name: string; warmUpMs: number; durationMs: number; reads: Family[] | 'baseline'; writeShare: number; idempotentShare: number; logins: boolean };
export type DriverOptions = { base: string; connections: number; password: string; users: { role: string; email: string }[]; writerRoles: string[]; attackedRole: string; phases: Phase[] };

const options = JSON.parse(process.argv[2] ?? '{}') as DriverOptions;
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
const client = createClient(options.base, { connections: options.connections });

const sessions: Session[] = [];
for (const user of options.users) sessions.push(await client.signIn(user.role, user.email, options.password));
const admin = sessions.find((s) => s.role === 'admin')!;
const world = await discoverWorld(client, admin);

// Each (role, read) pair is tried once per variant (e.g. per id); only the variants answering 200
// make up the load, so that no request of the run should get a 403 or 404.
type Pair = { template: ReadTemplate; session: Session | null; turns: number[] };
const allowed = new Map<Family, Pair[]>(families.map((f) => [f, []]));
const leftOut: string[] = [];
for (const template of readTemplates(world)) {
  for (const session of template.anonymous ? [null] : sessions) {
    const turns: number[] = [];
    for (let t = 0; t < template.variants; t += 1) {
      const answer = await client.send('GET', template.path(t), { headers: session ? { cookie: session.cookie } : {} });
      if (answer.status === 200) turns.push(t);
    }
    if (turns.length) allowed.get(template.family)!.push({ template, session, turns });
    if (turns.length < template.variants) leftOut.push(`${session?.role ?? 'anonymous'} ${template.family}/${template.name}: ${template.variants - turns.length} of ${template.variants}`);
  }
}
const writers = sessions.filter((s) => options.writerRoles.includes(s.role));

let turn = 0;
let writes = 0;
const runId = `${process.pid.toString(36)}${Date.now().toString(36)}`;

async function read(tally: Tally | null, family: Family, n: number) {
  const pairs = allowed.get(family)!;
  const pair = pairs[n % pairs.length]!;
  const path = pair.template.path(pair.turns[Math.floor(n / pairs.length) % pair.turns.length]!);
  const started = performance.now();
  const answer = await client.send('GET', path, { headers: pair.session ? { cookie: pair.session.cookie } : {} });
  tally?.record(family, performance.now() - started, answer.status, answer.status === 200);
}

async function write(tally: Tally | null, idempotent: boolean) {
  const n = writes++;
  const writer = writers[n % writers.length]!;
  const request = writeRequest(world, n, `${runId}-${n}`);
  const headers: Record<string, string> = { cookie: writer.cookie, 'x-csrf-token': writer.csrfToken, ...(idempotent ? { 'idempotency-key': `soak-${runId}-${n}` } : {}) };
  const started = performance.now();
  const first = await client.send('POST', request.path, { headers, json: request.json, readBody: idempotent });
  tally?.record('writes', performance.now() - started, first.status, first.status === 201, `${request.kind} ${first.status}`);
  if (!idempotent) return;
  // The retry a client sends after a lost answer: the same key and body must give the same answer.
  const retryStarted = performance.now();
  const retry = await client.send('POST', request.path, { headers, json: request.json, readBody: true });
  const same = retry.status === first.status && retry.headers['idempotent-replayed'] === 'true' && retry.body === first.body;
  tally?.record('replays', performance.now() - retryStarted, retry.status, first.status === 201 && same, `${request.kind} ${retry.status}${same ? '' : ' differs'}`);
}

async function worker(phase: Phase, until: number, tally: Tally | null) {
  const readFamilies = phase.reads === 'baseline' ? [] : phase.reads;
  while (performance.now() < until) {
    const n = turn++;
    if (phase.reads === 'baseline') {
      const started = performance.now();
      const answer = await client.send('GET', '/bench/baseline');
      tally?.record('baseline', performance.now() - started, answer.status, answer.status === 200);
    } else if (phase.writeShare > 0 && ((n * 0.618034) % 1) < phase.writeShare) {
      await write(tally, ((n * 0.414214) % 1) < phase.idempotentShare);
    } else {
      await read(tally, readFamilies[n % readFamilies.length]!, Math.floor(n / readFamilies.length));
    }
  }
}

async function run(phase: Phase, ms: number, tally: Tally | null) {
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, () => worker(phase, started + ms, tally)));
  return (performance.now() - started) / 1000;
}

for (const phase of options.phases) {
  await run(phase, phase.warmUpMs, null);
  say({ event: 'measuring', phase: phase.name });
  const tally = createTally();
  const logins = phase.logins ? startLoginTraffic(options, sessions.find((s) => s.role === options.attackedRole)!.email) : null;
  const seconds = await run(phase, phase.durationMs, tally);
  say({ event: 'phase', phase: phase.name, seconds, families: tally.summary(seconds), overall: tally.overall(seconds), logins: logins ? await logins.stop() : null });
}
client.close();
say({ event: 'done', leftOut, world: Object.fromEntries(Object.entries(world).map(([k, v]) => [k, v.length])) });

