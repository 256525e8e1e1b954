/**
 * Lighthouse (desktop preset) on the main pages, in the system Chromium: performance,
 * accessibility, best practices. Goal (hardening issue): performance ≥ 95 and accessibility ≥ 95.
 * Signed-in pages are audited with the coordinator's session cookie.
 *
 *   npm run build && npx tsx bench/lighthouse.bench.ts [runs]   (BENCH_DATA_DIR to reuse a demo data folder)
 *
 * Each page is audited `runs` times (default 3) and the median score is reported: a single
 * Lighthouse run moves by a few points on a shared machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from '../tests/e2e/support/server';
import { machine } from './bench-support';
import { mainPages } from './main-pages';

const goal = 95;
const runs = Number(process.argv[2] ?? 3);
const categories = ['performance', 'accessibility', 'best-practices'] as const;


async function sessionCookie(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email: 'coordinator@demo.northbridge.local', password: 'northbridge-demo' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  return login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const server = await startServer(process.env.BENCH_DATA_DIR ? { dataDir: process.env.BENCH_DATA_DIR } : {});
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const cookie = await sessionCookie(server.baseUrl);
  const rows: string[] = [];
  for (const item of mainPages) {
    const scores = { performance: [] as number[], accessibility: [] as number[], 'best-practices': [] as number[] };
    let retries = 0;
    for (let run = 0; run < runs; run += 1) {
      const auditPage = () => lighthouse(
        `${server.baseUrl}${item.path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], extraHeaders: item.signedIn ? { cookie } : undefined },
        desktopConfig,
      );
      let result = await auditPage();
      // Lighthouse now and then fails to record the trace of a load (NO_NAVSTART with this Chromium):
      // that says nothing of the page, so the load is audited again instead of counting as a 0.
      while (result?.lhr.runtimeError && retries < 3) {
        retries += 1;
        console.error(`${item.path}, run ${run + 1}: Lighthouse could not measure (${result.lhr.runtimeError.code}); running it again`);
        result = await auditPage();
      }
      if (!result) throw new Error(`no Lighthouse result for ${item.path}`);
      const error = result.lhr.runtimeError?.code;
      for (const category of categories) scores[category].push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      const failed = Object.values(result.lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error').map((audit) => audit.id);
      if (error || failed.length > 0) console.error(`${item.path}, run ${run + 1}: counted with errors (${[error, ...failed].filter(Boolean).join(', ')})`);
    }
    const performance = median(scores.performance);
    const accessibility = median(scores.accessibility);
    const practices = median(scores['best-practices']);
    const met = performance >= goal && accessibility >= goal ? 'met' : 'not met';
    rows.push(`| ${item.name} (${item.path}) | ${performance} (${scores.performance.join(', ')}) | ${accessibility} | ${practices} | ${met} |`);
  }
  console.log(`Lighthouse 12.8, desktop preset, median of ${runs} — ${machine()}, ${new Date().toISOString()}`);
  console.log('| page | performance (runs) | accessibility | best practices | goal ≥ 95 |\n| --- | --- | ---: | ---: | --- |');
  for (const row of rows) console.log(row);
} finally {
  chrome.kill();
  await server.stop();
}
