import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBudgetLines, projectControlPoints, projectReports, projects, projectSummaries } from '../../db/schema/index';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

/** Dates relative to the day the tests run, so "overdue" is stable. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const thisYear = new Date().getUTCFullYear();
const lastQuarter = (() => {
  const q = Math.floor(new Date().getUTCMonth() / 3);
  return q === 0 ? { year: thisYear - 1, periodIndex: 4 } : { year: thisYear, periodIndex: q };
})();

let t: TestApp;
let coordinator: TestClient;
let portfolioId: string;
let projectId: string;
let ecosystemId: string;

/** What the summary must hold, computed here from the rows themselves, independently of the SQL that keeps it. */
async function freshSummary(id: string) {
  const db = t.connection.db;
  const [points, lines, reports] = await Promise.all([
    db.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, id)),
    db.select().from(projectBudgetLines).where(eq(projectBudgetLines.projectId, id)),
    db.select().from(projectReports).where(eq(projectReports.projectId, id)),
  ]);
  const endMonth = (r: { periodKind: string; periodIndex: number }) => (r.periodKind === 'quarter' ? r.periodIndex * 3 : r.periodIndex);
  const latest = reports.filter((r) => r.status === 'approved')
    .sort((a, b) => b.year - a.year || endMonth(b) - endMonth(a) || (b.periodKind === 'quarter' ? 1 : 0) - (a.periodKind === 'quarter' ? 1 : 0))[0];
  return {
    controlPoints: points.length,
    openDueDates: points.filter((p) => !p.actualOn).map((p) => p.dueOn).sort(),
    budgetPlanRub: lines.reduce((sum, l) => sum + Number(l.planRub), 0),
    budgetActualRub: lines.reduce((sum, l) => sum + Number(l.actualRub ?? 0), 0),
    health: latest?.rag ?? 'none',
    reportsAwaitingReview: reports.filter((r) => r.status === 'submitted').length,
  };
}

async function storedSummary(id: string) {
  const [row] = await t.connection.db.select().from(projectSummaries).where(eq(projectSummaries.projectId, id));
  if (!row) return null;
  const { projectId: _id, ...summary } = row;
  return summary;
}

/** The summary row equals a fresh computation, and the overview's row says the same (overdue counted for today). */
async function expectSummaryFresh(id = projectId) {
  const fresh = await freshSummary(id);
  expect(await storedSummary(id)).toEqual(fresh);
  const project = (await t.connection.db.select().from(projects).where(eq(projects.id, id)))[0]!;
  const { items } = (await coordinator.get(`/api/portfolio/overview?portfolioId=${project.portfolioId}&pageSize=200`)).json();
  const row = items.find((p: { id: string }) => p.id === id);
  expect(row).toMatchObject({
    health: fresh.health, controlPoints: fresh.controlPoints, budgetPlanRub: fresh.budgetPlanRub, budgetActualRub: fresh.budgetActualRub,
    overdueControlPoints: fresh.openDueDates.filter((due) => due < today).length,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  ecosystemId = (await createEcosystem(db, { nameEn: 'Great Stone' })).id;
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  portfolioId = (await coordinator.post('/api/portfolios', { code: 'SUM', name: { en: 'Summaries' } })).json().id;
});
afterAll(async () => t.close());

describe('the per-project summary behind the overview', () => {
  it('is created with the project', async () => {
    const created = await coordinator.post('/api/projects', {
      portfolioId, code: 'SUM-1', shortName: { en: 'Summed' }, fullName: { en: 'Summed project' }, startsOn: day(-400), endsOn: day(700), ecosystemIds: [ecosystemId], participants: [],
    });
    expect(created.statusCode).toBe(201);
    projectId = created.json().id;
    expect(await storedSummary(projectId)).toMatchObject({ controlPoints: 0, openDueDates: [], health: 'none', reportsAwaitingReview: 0 });
    await expectSummaryFresh();
  });

  it('follows every passport section written', async () => {
    const put = (section: string, items: unknown[]) => coordinator.request({ method: 'PUT', url: `/api/projects/${projectId}/${section}`, payload: { items } });
    expect((await put('results', [{ key: 'R1', name: { en: 'Prototype' }, kind: 'product', dueOn: day(100) }])).statusCode).toBe(200);
    await expectSummaryFresh();
    expect((await put('control-points', [
      { key: 'CP1', resultKey: 'R1', title: { en: 'Done' }, dueOn: day(-60), actualOn: day(-61) },
      { key: 'CP2', title: { en: 'Late' }, dueOn: day(-10) },
      { key: 'CP3', title: { en: 'Late too' }, dueOn: day(-1) },
      { key: 'CP4', title: { en: 'Due today' }, dueOn: today },
      { key: 'CP5', title: { en: 'Ahead' }, dueOn: day(200) },
    ])).statusCode).toBe(200);
    expect((await storedSummary(projectId))?.openDueDates).toEqual([day(-10), day(-1), today, day(200)]);
    await expectSummaryFresh();
    expect((await put('budget', [
      { year: thisYear, source: 'federal', planRub: 1_000_000.5, actualRub: 250_000.25 },
      { year: thisYear + 1, source: 'partners', planRub: 300_000 },
    ])).statusCode).toBe(200);
    await expectSummaryFresh();
    expect((await put('risks', [{ description: 'Supplier delay', probability: 2, impact: 3 }])).statusCode).toBe(200);
    await expectSummaryFresh();
    // A control point done today is no longer open.
    expect((await put('control-points', [{ key: 'CP2', title: { en: 'Late, now done' }, dueOn: day(-10), actualOn: today }])).statusCode).toBe(200);
    expect((await storedSummary(projectId))?.openDueDates).toEqual([]);
    await expectSummaryFresh();
  });

  it('is unchanged by a refused section', async () => {
    const before = await storedSummary(projectId);
    const refused = await coordinator.request({ method: 'PUT', url: `/api/projects/${projectId}/control-points`, payload: { items: [{ key: 'X', title: { en: 'Too late' }, dueOn: day(900) }] } });
    expect(refused.json().code).toBe('CONTROL_POINT_OUTSIDE_PROJECT');
    expect(await storedSummary(projectId)).toEqual(before);
  });

  it('follows the basics and the stage gates', async () => {
    expect((await coordinator.patch(`/api/projects/${projectId}`, { endsOn: day(800) })).statusCode).toBe(200);
    await expectSummaryFresh();
    expect((await coordinator.post(`/api/projects/${projectId}/stage`, { stage: 'planning' })).statusCode).toBe(200);
    await expectSummaryFresh();
  });

  it('follows reports submitted, returned, resubmitted and approved', async () => {
    const report = { periodKind: 'quarter', ...lastQuarter, rag: 'red', justification: 'Supplier late' };
    const submitted = await coordinator.post(`/api/projects/${projectId}/reports`, report);
    expect(submitted.statusCode).toBe(201);
    expect((await storedSummary(projectId))?.reportsAwaitingReview).toBe(1);
    await expectSummaryFresh();
    const review = (decision: string, comment?: string) => coordinator.post(`/api/projects/${projectId}/reports/${submitted.json().id}/review`, { decision, comment });
    expect((await review('return', 'Name the new date')).statusCode).toBe(200);
    await expectSummaryFresh();
    expect((await coordinator.post(`/api/projects/${projectId}/reports`, { ...report, rag: 'amber' })).statusCode).toBe(201);
    await expectSummaryFresh();
    expect((await review('approve')).statusCode).toBe(200);
    expect(await storedSummary(projectId)).toMatchObject({ health: 'amber', reportsAwaitingReview: 0 });
    await expectSummaryFresh();
    // An older period approved later does not take the health over from the latest one.
    const older = await coordinator.post(`/api/projects/${projectId}/reports`, { ...report, year: thisYear - 1, periodIndex: 1, rag: 'green' });
    expect((await coordinator.post(`/api/projects/${projectId}/reports/${older.json().id}/review`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await storedSummary(projectId))?.health).toBe('amber');
    await expectSummaryFresh();
  });

  it('follows an approved change request that moves a control point', async () => {
    const put = (items: unknown[]) => coordinator.request({ method: 'PUT', url: `/api/projects/${projectId}/control-points`, payload: { items } });
    expect((await put([{ key: 'CP1', title: { en: 'Ahead' }, dueOn: day(30) }, { key: 'CP2', title: { en: 'Ahead too' }, dueOn: day(60) }])).statusCode).toBe(200);
    const version = (await coordinator.get(`/api/projects/${projectId}`)).json().version;
    const request = await coordinator.post(`/api/projects/${projectId}/change-requests`, { baseVersion: version, justification: 'Moved earlier, missed', controlPointDates: [{ key: 'CP2', dueOn: day(-3) }] });
    expect(request.statusCode).toBe(201);
    expect((await coordinator.post(`/api/projects/${projectId}/change-requests/${request.json().id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await storedSummary(projectId))?.openDueDates).toEqual([day(-3), day(30)]);
    await expectSummaryFresh();
    const { rollUp } = (await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}`)).json();
    expect(rollUp.overdueControlPoints).toBe(1);
  });

  it('is rebuilt for every existing project by the migration that introduced it', async () => {
    const second = await coordinator.post('/api/projects', { portfolioId, code: 'SUM-2', shortName: { en: 'Other' }, fullName: { en: 'Other' }, startsOn: day(-10), endsOn: day(100), ecosystemIds: [ecosystemId], participants: [] });
    await coordinator.request({ method: 'PUT', url: `/api/projects/${second.json().id}/control-points`, payload: { items: [{ key: 'A', title: { en: 'A' }, dueOn: day(-2) }] } });
    const migration = await readFile(fileURLToPath(new URL('../../db/migrations/0012_project_summaries.sql', import.meta.url)), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill'));
    await t.connection.executeSql('delete from project_summaries');
    await t.connection.executeSql(backfill);
    for (const id of [projectId, second.json().id as string]) await expectSummaryFresh(id);
  });
});
