import os from 'node:os';

/** Percentiles of a list of durations in milliseconds. */
export function summarize(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), mean: round(sorted.reduce((s, d) => s + d, 0) / sorted.length) };
}

export const round = (value: number) => Math.round(value * 10) / 10;

export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export async function timeIt<T>(action: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await action();
  return { ms: performance.now() - started, result };
}
