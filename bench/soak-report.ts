/** The soak bench's figures as markdown tables, with each goal marked met or not. */
import type { FamilySummary } from './soak-tally';

type LoginSide = { account: string; address: string; statuses: Record<string, number>; first429AfterAttempts?: number | null };
type PhaseResult = { seconds: number; families: Record<string, FamilySummary>; overall: FamilySummary; logins: Record<'attacker' | 'legitimate' | 'sameAddress' | 'attackedAccount', LoginSide> | null };
export type EngineResult = {
  engine: string;
  phases: Record<string, PhaseResult>;
  rss: { atSecond: number; megabytes: number; heapMegabytes?: number; heapCommittedMegabytes?: number; externalMegabytes?: number }[];
  driver: { leftOut: string[]; world: Record<string, number> };
};
type Report = { machine: string; date: string; rememberAnswers: boolean; seconds: number; connections: number; familySeconds: number; writeShare: number; results: EngineResult[] };

const statusText = (statuses: Record<string, number>) => Object.entries(statuses).map(([status, n]) => `${status}×${n}`).join(' ');
const yes = (met: boolean) => (met ? 'met' : '**not met**');

export function totals(result: EngineResult) {
  const mixed = result.phases.mixed!;
  const { requests, errors, p50, p95, p99, statuses } = mixed.overall;
  const start = result.rss[0]?.megabytes ?? 0;
  const end = result.rss.at(-1)?.megabytes ?? 0;
  const peak = Math.max(...result.rss.map((r) => r.megabytes));
  const heap = { start: result.rss[0]?.heapMegabytes, end: result.rss.at(-1)?.heapMegabytes };
  return { requests, requestsPerSecond: Math.round(requests / mixed.seconds), p50, p95, p99, statuses, errors, heap, rss: { start, end, peak, growthPercent: Math.round(((end - start) / start) * 1000) / 10 } };
}

function engineSection(result: EngineResult, report: Report): string[] {
  const mixed = result.phases.mixed!;
  const total = totals(result);
  const lines = [
    `### ${result.engine}: mixed load, ${report.connections} connections, ${Math.round(mixed.seconds)} s, ${report.writeShare * 100} % writes, remembered answers ${report.rememberAnswers ? 'on' : 'off'}`,
    '',
    '| family | requests | req/s | p50 ms | p95 ms | p99 ms | statuses | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...Object.entries(mixed.families).map(([family, f]) => `| ${family} | ${f.requests} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${statusText(f.statuses)} | ${f.errors} |`),
    `| **all** | ${total.requests} | ${total.requestsPerSecond} | ${total.p50} | ${total.p95} | ${total.p99} | ${statusText(total.statuses)} | **${total.errors}** |`,
    '',
    ...Object.entries(mixed.families).filter(([, f]) => f.kinds).map(([family, f]) => `${family} by kind and status: ${statusText(f.kinds!)}.`),
    '',
    `Errors (5xx, socket errors, unexpected 4xx, replays that differ): ${total.errors} — goal 0: ${yes(total.errors === 0)}.`,
    ...lowPointLines(result.rss),
    `Server RSS: ${total.rss.start} MiB after the warm-up, ${total.rss.end} MiB at the end (peak ${total.rss.peak} MiB), growth ${total.rss.growthPercent} % — goal ≤ 10 %: ${yes(total.rss.growthPercent <= 10)}${total.heap.start === undefined ? '' : `; JS heap in use ${total.heap.start} → ${total.heap.end} MiB`}.`,
    '',
  ];
  const baselines = [result.phases.baseline, result.phases['baseline again']].map((p) => p?.families.baseline?.requestsPerSecond ?? 0);
  const baseline = (baselines[0]! + baselines[1]!) / 2;
  lines.push(
    `#### ${result.engine}: each family alone, ${report.familySeconds} s, next to the baseline (${baselines.join(' / ')} req/s before / after, mean ${Math.round(baseline)})`,
    '',
    '| family | req/s | p50 ms | p95 ms | p99 ms | errors | share of baseline | goal ≥ 50 % |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const [name, phase] of Object.entries(result.phases)) {
    const f = phase.families[name];
    if (!f) continue;
    const share = Math.round((f.requestsPerSecond / baseline) * 100);
    lines.push(`| ${name} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.errors} | ${share} % | ${yes(share >= 50)} |`);
  }
  const logins = mixed.logins;
  if (logins) {
    lines.push('', `#### ${result.engine}: sign-in under load`, '', '| who | address | account | statuses |', '| --- | --- | --- | --- |');
    for (const [who, side] of Object.entries(logins)) lines.push(`| ${who} | ${side.address} | ${side.account} | ${statusText(side.statuses)} |`);
    const attacked = (logins.attacker.statuses['429'] ?? 0) > 0;
    const legitimate = Object.keys(logins.legitimate.statuses).every((s) => s === '200');
    lines.push('', `Brute force gets 429s (first after ${logins.attacker.first429AfterAttempts} attempts): ${yes(attacked)}; the other user from another address signs in every time: ${yes(legitimate)}.`);
  }
  if (result.driver.leftOut.length) lines.push('', `Reads a role may not make, left out of the load: ${result.driver.leftOut.join('; ')}.`);
  return [...lines, ''];
}

export function markdownOf(report: Report): string {
  return [`Machine: ${report.machine}; ${report.date}.`, '', ...report.results.flatMap((result) => engineSection(result, report))].join('\n');
}

/**
 * The lowest sample of each five minutes (each minute in a short run), per measure: a heap that
 * settles levels off; a leak keeps rising in the heap's low points, not only in RSS.
 */
function lowPointLines(samples: EngineResult['rss']): string[] {
  const span = (samples.at(-1)?.atSecond ?? 0) > 900 ? 300 : 60;
  const windows = new Map<number, EngineResult['rss']>();
  for (const sample of samples) windows.set(Math.floor(sample.atSecond / span), [...(windows.get(Math.floor(sample.atSecond / span)) ?? []), sample]);
  const lows = (pick: (s: EngineResult['rss'][number]) => number | undefined) => [...windows.values()].map((w) => Math.min(...w.map((s) => pick(s) ?? Number.NaN))).join(' → ');
  if (samples[0]?.heapCommittedMegabytes === undefined) return [`RSS, lowest sample of each ${span / 60} min: ${lows((s) => s.megabytes)} MiB.`];
  return [
    `Lowest sample of each ${span / 60} min, MiB — RSS: ${lows((s) => s.megabytes)}; V8 heap committed: ${lows((s) => s.heapCommittedMegabytes)}; heap in use: ${lows((s) => s.heapMegabytes)}; outside the heap (external): ${lows((s) => s.externalMegabytes)}.`,
  ];
}
