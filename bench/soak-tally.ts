/**
 * Counts of one phase of the soak client, per family: requests, latencies, statuses, and the
 * answers that were not what the request should get (5xx, socket errors, unexpected 4xx).
 */
type Entry = { durations: number[]; statuses: Map<number, number>; errors: number; kinds: Map<string, number> };
export type Tally = ReturnType<typeof createTally>;
export type FamilySummary = { requests: number; requestsPerSecond: number; p50: number; p95: number; p99: number; statuses: Record<string, number>; errors: number; kinds?: Record<string, number> };

const round = (value: number) => Math.round(value * 10) / 10;

export function createTally() {
  const entries = new Map<string, Entry>();
  return {
    record(family: string, ms: number, status: number, expected: boolean, kind?: string) {
      let entry = entries.get(family);
      if (!entry) entries.set(family, (entry = { durations: [], statuses: new Map(), errors: 0, kinds: new Map() }));
      entry.durations.push(ms);
      entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
      if (!expected) entry.errors += 1;
      if (kind) entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
    },
    /** Every request of the phase together. */
    overall(seconds: number): FamilySummary {
      const all = createTally();
      for (const [, entry] of entries) {
        entry.durations.forEach((ms) => all.record('all', ms, 0, true));
      }
      const summary = all.summary(seconds).all ?? { requests: 0, requestsPerSecond: 0, p50: 0, p95: 0, p99: 0, statuses: {}, errors: 0 };
      const statuses: Record<string, number> = {};
      let errors = 0;
      for (const [, entry] of entries) {
        errors += entry.errors;
        for (const [status, n] of entry.statuses) statuses[status] = (statuses[status] ?? 0) + n;
      }
      return { ...summary, statuses, errors };
    },
    summary(seconds: number): Record<string, FamilySummary> {
      const result: Record<string, FamilySummary> = {};
      for (const [family, entry] of entries) {
        const sorted = entry.durations.sort((a, b) => a - b);
        const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
        result[family] = {
          requests: sorted.length,
          requestsPerSecond: round(sorted.length / seconds),
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          statuses: Object.fromEntries(entry.statuses),
          errors: entry.errors,
          ...(entry.kinds.size ? { kinds: Object.fromEntries(entry.kinds) } : {}),
        };
      }
      return result;
    },
  };
}
