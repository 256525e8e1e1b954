/**
 * The Gantt timeline of a project with 300 activities, drawn in Chromium (the system one, headless):
 * timed from navigation to the chart drawn (every activity's bar in the chart's SVG), next to a
 * baseline in the same run and the same browser — the app's not-found page, which loads the same
 * bundle, session and translations but draws nothing.
 *
 * The real server is started on a fresh demo world (its first start builds it); a coordinator
 * registers the project through the API: ten streams of thirty activities, each depending on the
 * one before it, so the critical path is computed over the whole set.
 *
 * Run: npx tsx bench/portfolio-gantt.bench.ts [loads=15]   (after `npm run build`; BENCH_DATA_DIR to reuse a
 * data folder whose demo world is already built, which a busy machine may need: each run adds one project)
 */
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../tests/e2e/support/server';
import { machine, summarize } from './bench-support';

const loads = Number(process.argv[2] ?? 15);
const activities = 300;
const server = await startServer(process.env.BENCH_DATA_DIR ? { dataDir: process.env.BENCH_DATA_DIR } : {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

async function api(page: Page, method: 'POST' | 'PUT', url: string, data: unknown) {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const response = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': token } });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`);
  return response.json() as Promise<{ id: string; portfolios: { id: string }[] }>;
}

/** Ten streams of thirty activities, 20 days each, every one after the previous of its stream. */
function controlPoints() {
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: activities }, (_, i) => {
    const stream = Math.floor(i / 30);
    const step = i % 30;
    const start = stream * 7 + step * 30;
    return {
      key: `A-${String(i + 1).padStart(3, '0')}`, title: { ru: `Работа ${i + 1}`, en: `Activity ${i + 1}` },
      startsOn: day(start), dueOn: day(start + 20), dependsOn: step > 0 ? [`A-${String(i).padStart(3, '0')}`] : [],
    };
  });
}

try {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const login = await page.request.post('/api/auth/login', { data: { email: 'coordinator@demo.northbridge.local', password: 'northbridge-demo' }, headers: { 'x-csrf-token': token } });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  const portfolioId = (await (await page.request.get('/api/portfolios')).json() as { portfolios: { id: string }[] }).portfolios[0]!.id;
  const project = await api(page, 'POST', '/api/projects', {
    portfolioId, code: `BENCH-GANTT-${Date.now()}`, shortName: { ru: 'Гант на 300 работ', en: 'A 300-activity Gantt' }, fullName: { en: 'A 300-activity Gantt' },
    startsOn: '2025-01-01', endsOn: '2028-12-31', participants: [],
  });
  await api(page, 'PUT', `/api/projects/${project.id}/control-points`, { items: controlPoints() });

  /** Milliseconds from the start of navigation until `ready` holds in the page. */
  async function timeLoad(path: string, ready: (activities: number) => boolean) {
    const started = performance.now();
    await page.goto(path, { waitUntil: 'commit' });
    // A function, not a string: the app's content security policy forbids evaluating strings.
    await page.waitForFunction(ready, activities, { polling: 'raf', timeout: 60_000 });
    return performance.now() - started;
  }
  // Drawn: the chart's SVG holds a bar for every activity (the visible series paints them blue or red).
  const chartDrawn = (count: number) => document.querySelectorAll('[data-testid="timeline-chart"] svg path[fill="#1864ab"], [data-testid="timeline-chart"] svg path[fill="#c92a2a"]').length >= count;
  const emptyPageDrawn = () => !!document.querySelector('h1');
  const gantt: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < loads + 2; i++) {
    // Alternate, so that both sides see the same moments of a noisy machine; the first two warm up.
    const g = await timeLoad(`/projects/${project.id}`, chartDrawn);
    const e = await timeLoad('/bench-empty-page', emptyPageDrawn);
    if (i >= 2) { gantt.push(g); empty.push(e); }
  }
  await page.goto(`/projects/${project.id}`);
  await page.waitForFunction(chartDrawn, activities);
  const bars = await page.evaluate(() => document.querySelectorAll('[data-testid="timeline-chart"] svg path[fill="#c92a2a"]').length);
  const ganttSummary = summarize(gantt);
  const emptySummary = summarize(empty);
  console.log(JSON.stringify({
    bench: 'portfolio-gantt', machine: machine(), date: new Date().toISOString(), chromium: browser.version(), loads, activities, criticalBars: bars,
    gantt: ganttSummary, emptyPage: emptySummary,
    ratioP50: Math.round((ganttSummary.p50 / emptySummary.p50) * 10) / 10, goalMs: 1000, goalMetAtP95: ganttSummary.p95 <= 1000,
  }, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
