/**
 * First-load JavaScript of the main pages: every script a page fetches from navigation until the
 * network is idle (the entry, its preloads, the route's chunk, the language's texts), summed as gzip
 * — what a visitor downloads before the page is usable. Charts count: the charting library is fetched
 * after the page has painted but before the network is idle. A second column leaves out the
 * charting library (`echart-core-*.js`, loaded by `useEChart` after first paint, and the chunks only
 * it imports among the page's scripts): what the page downloads before its charts. Goal (hardening issue): ≤ 200 KB gzip per page.
 *
 *   npm run build && npx tsx bench/first-load-js.bench.ts   (BENCH_DATA_DIR to reuse a demo data folder)
 *
 * BENCH_SCRIPTS_JSON=<file> also writes each page's scripts with their gzip sizes, to see what a page
 * fetches and compare two builds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer } from '../tests/e2e/support/server';
import { machine } from './bench-support';
import { mainPages } from './main-pages';

const goalKb = 200;
const webRoot = path.resolve('dist/web');
const gzipSize = (file: string) => gzipSync(readFileSync(path.join(webRoot, file))).length;
const isChartLibrary = (file: string) => /^assets\/echart-core-[\w-]+\.js$/.test(file);
const staticImportsOf = (file: string) =>
  [...readFileSync(path.join(webRoot, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((match) => `assets/${match[1]}`);

/** The chart library's chunks among a page's scripts: its own, and those no other script of the page imports. */
function chartChunksOf(scripts: Set<string>): string[] {
  const roots = [...scripts].filter(isChartLibrary);
  const reached = new Set(roots);
  for (const file of reached) for (const imported of staticImportsOf(file)) reached.add(imported);
  const others = [...scripts].filter((file) => !reached.has(file));
  return [...reached].filter((file) => scripts.has(file) && (roots.includes(file) || !others.some((other) => staticImportsOf(other).includes(file))));
}
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;


async function signIn(context: BrowserContext) {
  const { token } = (await (await context.request.get('/api/auth/csrf')).json()) as { token: string };
  const answer = await context.request.post('/api/auth/login', { data: { email: 'coordinator@demo.northbridge.local', password: 'northbridge-demo' }, headers: { 'x-csrf-token': token } });
  if (!answer.ok()) throw new Error(`sign-in failed: ${answer.status()}`);
}

const server = await startServer(process.env.BENCH_DATA_DIR ? { dataDir: process.env.BENCH_DATA_DIR } : {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const rows: { page: string; scripts: number; kb: number; beforeCharts: number }[] = [];
  const scriptsPerPage: Record<string, { file: string; gzipBytes: number; chart: boolean }[]> = {};
  for (const item of mainPages) {
    // A fresh context per page: nothing cached, as on a first visit.
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'ru-RU' });
    if (item.signedIn) await signIn(context);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
    });
    await page.goto(item.path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('h1') !== null);
    await page.waitForLoadState('networkidle');
    const bytes = [...scripts].reduce((sum, file) => sum + gzipSize(file), 0);
    const chartChunks = chartChunksOf(scripts);
    const chartBytes = chartChunks.reduce((sum, file) => sum + gzipSize(file), 0);
    scriptsPerPage[item.path] = [...scripts].sort().map((file) => ({ file, gzipBytes: gzipSize(file), chart: chartChunks.includes(file) }));
    rows.push({ page: `${item.name} (${item.path})`, scripts: scripts.size, kb: kb(bytes), beforeCharts: kb(bytes - chartBytes) });
    await context.close();
  }
  console.log(`first-load JavaScript, gzip — ${machine()}, ${new Date().toISOString()}`);
  console.log('| page | scripts | KB gzip, all until idle | goal ≤ 200 KB | KB gzip before charts | goal ≤ 200 KB |\n| --- | ---: | ---: | --- | ---: | --- |');
  const met = (value: number) => (value <= goalKb ? 'met' : 'not met');
  for (const row of rows) console.log(`| ${row.page} | ${row.scripts} | ${row.kb} | ${met(row.kb)} | ${row.beforeCharts} | ${met(row.beforeCharts)} |`);
  if (process.env.BENCH_SCRIPTS_JSON) writeFileSync(process.env.BENCH_SCRIPTS_JSON, `${JSON.stringify(scriptsPerPage, null, 2)}\n`);
} finally {
  await browser.close();
  await server.stop();
}
