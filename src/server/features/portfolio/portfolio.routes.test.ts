import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, indicators, indicatorTargets, projectBudgetLines, projectControlPoints, projectReports, projects } from '../../db/schema/index';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

/** Dates relative to the day the tests run (sessions follow the real clock), so "overdue" is stable. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const thisYear = new Date().getUTCFullYear();
/** The last quarter that has ended. */
const lastQuarter = (() => {
  const q = Math.floor(new Date().getUTCMonth() / 3);
  return q === 0 ? { year: thisYear - 1, periodIndex: 4 } : { year: thisYear, periodIndex: q };
})();

let t: TestApp;
const put = (client: TestClient, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as object });
let coordinator: TestClient;
let manager: TestClient;
let curator: TestClient;
let stranger: TestClient;
let managerId: string;
let curatorId: string;
let park: { id: string };
let resident: { id: string };
let portfolioId: string;
let projectId: string;
let indicatorId: string;

const counts = async () => {
  const db = t.connection.db;
  const of = async (table: typeof projects | typeof projectControlPoints | typeof projectBudgetLines | typeof projectReports | typeof auditLog) => (await db.select({ n: count() }).from(table))[0]!.n;
  return { projects: await of(projects), points: await of(projectControlPoints), budget: await of(projectBudgetLines), reports: await of(projectReports), audit: await of(auditLog) };
};

beforeAll(async () => {
  t = await createTestApp(undefined, process.env.DEBUG_LOG ? { logger: (await import('../../lib/logger')).createLogger('error') as never } : {});
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Great Stone' });
  resident = await createOrganization(db, { nameEn: 'BioPharm Resident' });
  await addMembership(db, park.id, resident.id);
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  const managerUser = await createUser(db, [{ role: 'member', scopeOrganizationId: resident.id }], { fullName: 'Project Manager' });
  const curatorUser = await createUser(db, [{ role: 'analyst' }], { fullName: 'Project Curator' });
  managerId = managerUser.id;
  curatorId = curatorUser.id;
  manager = await new TestClient(t.app).login(managerUser.email);
  curator = await new TestClient(t.app).login(curatorUser.email);
  stranger = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: (await createOrganization(db)).id }])).email);
  const [indicator] = await db.insert(indicators).values({ code: 'P-PATENTS', unit: 'pieces', level: 'project', nameEn: 'Joint patents' }).returning();
  indicatorId = indicator!.id;
  await db.insert(indicatorTargets).values([{ indicatorId, year: thisYear + 1, value: 2 }, { indicatorId, year: thisYear + 2, value: 4 }]);
});
afterAll(async () => t.close());

describe('portfolio → program → project', () => {
  it('opens a portfolio and a program, and registers a project with its basics and roles', async () => {
    const portfolio = await coordinator.post('/api/portfolios', { code: 'JOINT', name: { ru: 'Совместные проекты', en: 'Joint projects' } });
    expect(portfolio.statusCode).toBe(201);
    portfolioId = portfolio.json().id;
    const program = await coordinator.post('/api/programs', { portfolioId, code: 'BIO', name: { en: 'Biotechnology' } });
    expect(program.statusCode).toBe(201);
    expect((await coordinator.post('/api/portfolios', { code: 'JOINT', name: { en: 'Again' } })).statusCode).toBe(409);

    const created = await coordinator.post('/api/projects', {
      portfolioId, programId: program.json().id, code: 'BIO-1',
      shortName: { ru: 'Биопрепараты', en: 'Biologics' }, fullName: { en: 'Joint development of veterinary biologics' },
      startsOn: day(-300), endsOn: day(700), ecosystemIds: [park.id], curatorUserId: curatorId, managerUserId: managerId,
      participants: [{ organizationId: resident.id, role: 'Co-executor', workloadPercent: 40 }],
    });
    expect(created.statusCode).toBe(201);
    projectId = created.json().id;
    expect(created.json()).toMatchObject({ stage: 'initiation', health: 'none', version: 1, manager: { fullName: 'Project Manager' }, curator: { fullName: 'Project Curator' } });
    expect(created.json().participants).toEqual([expect.objectContaining({ organizationId: resident.id, workloadPercent: 40 })]);
  });

  it('refuses a manager who is not a member of a participating organization, writing nothing', async () => {
    const before = await counts();
    const response = await coordinator.post('/api/projects', { portfolioId, code: 'BAD-1', shortName: { en: 'X' }, fullName: { en: 'X' }, startsOn: day(0), endsOn: day(10), managerUserId: managerId, participants: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('MANAGER_NOT_A_PARTICIPANT');
    expect(await counts()).toEqual(before);
  });

  it('lets the manager edit their project, hides it from a stranger', async () => {
    const edited = await manager.patch(`/api/projects/${projectId}`, { goal: { en: 'Two registered biologics' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().goal.en).toBe('Two registered biologics');
    // Fields not given stay as they were.
    expect(edited.json()).toMatchObject({ manager: { id: managerId }, curator: { id: curatorId }, ecosystems: [{ id: park.id }], participants: [{ organizationId: resident.id }] });
    expect((await stranger.get(`/api/projects/${projectId}`)).statusCode).toBe(404);
    expect((await curator.patch(`/api/projects/${projectId}`, { goal: { en: 'Curator edit' } })).statusCode).toBe(403);
  });

  it('keeps results, control points with derived status and the critical path, budget and risks', async () => {
    const results = await put(manager, `/api/projects/${projectId}/results`, { items: [
      { key: 'R1', name: { en: 'Prototype' }, kind: 'product', dueOn: day(100), influence: [{ indicatorId, percent: 50 }] },
      { key: 'R2', name: { en: 'Registration' }, kind: 'document', dueOn: day(400), influence: [{ indicatorId, percent: 50 }] },
    ] });
    expect(results.statusCode).toBe(200);
    const points = await put(manager, `/api/projects/${projectId}/control-points`, { items: [
      { key: 'CP1', resultKey: 'R1', title: { en: 'Lab ready' }, dueOn: day(-30), actualOn: day(-35) },
      { key: 'CP2', resultKey: 'R1', title: { en: 'Trial batch' }, dueOn: day(-5), dependsOn: ['CP1'] },
      { key: 'CP3', title: { en: 'Side study' }, dueOn: day(50), forecastOn: day(80), dependsOn: ['CP1'] },
      { key: 'CP4', resultKey: 'R2', title: { en: 'Dossier filed' }, dueOn: day(300), dependsOn: ['CP2', 'CP3'] },
    ] });
    expect(points.statusCode).toBe(200);
    const byKey = Object.fromEntries(points.json().controlPoints.map((p: { key: string }) => [p.key, p]));
    expect([byKey.CP1.status, byKey.CP2.status, byKey.CP3.status, byKey.CP4.status]).toEqual(['done', 'overdue', 'at_risk', 'planned']);
    // CP3 finishes later (its forecast) than CP2, so it drives CP4.
    expect(points.json().controlPoints.filter((p: { critical: boolean }) => p.critical).map((p: { key: string }) => p.key).sort()).toEqual(['CP1', 'CP3', 'CP4']);

    const budget = await put(manager, `/api/projects/${projectId}/budget`, { items: [
      { year: thisYear, source: 'federal', planRub: 1_000_000, actualRub: 600_000 },
      { year: thisYear + 1, source: 'partners', resultKey: 'R2', planRub: 500_000 },
    ] });
    expect(budget.json().budget[0]).toMatchObject({ deviationRub: -400_000 });
    const risks = await put(manager, `/api/projects/${projectId}/risks`, { items: [{ description: 'Import of reagents delayed', probability: 4, impact: 3 }] });
    expect(risks.json().risks[0].score).toBe(12);
  });

  it.each([
    ['a control point outside the project', 'control-points', { items: [{ key: 'X', title: { en: 'Too late' }, dueOn: day(900) }] }, 'CONTROL_POINT_OUTSIDE_PROJECT'],
    ['a dependency cycle', 'control-points', { items: [
      { key: 'A', title: { en: 'A' }, dueOn: day(10), dependsOn: ['C'] }, { key: 'B', title: { en: 'B' }, dueOn: day(20), dependsOn: ['A'] }, { key: 'C', title: { en: 'C' }, dueOn: day(30), dependsOn: ['B'] },
    ] }, 'DEPENDENCY_CYCLE'],
    ['an unknown predecessor', 'control-points', { items: [{ key: 'A', title: { en: 'A' }, dueOn: day(10), dependsOn: ['nope'] }] }, 'UNKNOWN_KEY'],
    ['a budget actual for a future year', 'budget', { items: [{ year: thisYear + 1, source: 'federal', planRub: 10, actualRub: 5 }] }, 'BUDGET_ACTUAL_IN_FUTURE'],
  ])('refuses %s with a clear error, writing nothing', async (_name, section, body, code) => {
    const before = await counts();
    const version = (await manager.get(`/api/projects/${projectId}`)).json().version;
    const response = await put(manager, `/api/projects/${projectId}/${section}`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect(await counts()).toEqual(before);
    expect((await manager.get(`/api/projects/${projectId}`)).json().version).toBe(version);
  });

  it('passes stage gates in order, recording who approved them; only the curator and the center may', async () => {
    expect((await manager.post(`/api/projects/${projectId}/stage`, { stage: 'planning' })).statusCode).toBe(403);
    expect((await curator.post(`/api/projects/${projectId}/stage`, { stage: 'closing' })).json().code).toBe('STAGE_TRANSITION_FORBIDDEN');
    await curator.post(`/api/projects/${projectId}/stage`, { stage: 'planning', comment: 'Charter approved' });
    const response = await curator.post(`/api/projects/${projectId}/stage`, { stage: 'execution' });
    expect(response.json().stage).toBe('execution');
    expect(response.json().stageGates.map((g: { toStage: string; approvedBy: string }) => `${g.toStage}:${g.approvedBy}`)).toEqual(['planning:Project Curator', 'execution:Project Curator']);
  });
});

describe('monitoring', () => {
  const report = { periodKind: 'quarter', ...lastQuarter, rag: 'amber', justification: 'Trial batch is late' };
  let reportId: string;

  it('rolls the portfolio up: stage, health, budget, overdue control points', async () => {
    const { rollUp, items } = (await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}`)).json();
    expect(rollUp).toMatchObject({ projects: 1, byStage: { execution: 1 }, byHealth: { none: 1 }, budgetPlanRub: 1_500_000, budgetActualRub: 600_000, overdueControlPoints: 1, reportsAwaitingReview: 0 });
    expect(items[0]).toMatchObject({ code: 'BIO-1', controlPoints: 4, overdueControlPoints: 1, curatorName: 'Project Curator' });
    expect((await stranger.get(`/api/portfolio/overview?portfolioId=${portfolioId}`)).json().rollUp.projects).toBe(0);
  });

  it('goes submit → return with a comment → resubmit → approve, and the roll-up follows', async () => {
    const submitted = await manager.post(`/api/projects/${projectId}/reports`, report);
    expect(submitted.statusCode).toBe(201);
    reportId = submitted.json().id;
    expect((await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}`)).json().rollUp.reportsAwaitingReview).toBe(1);
    expect((await manager.post(`/api/projects/${projectId}/reports/${reportId}/review`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await curator.post(`/api/projects/${projectId}/reports/${reportId}/review`, { decision: 'return' })).json().code).toBe('REVIEW_COMMENT_REQUIRED');
    const returned = await curator.post(`/api/projects/${projectId}/reports/${reportId}/review`, { decision: 'return', comment: 'Say when the batch will be ready' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Say when the batch will be ready' });
    expect((await curator.post(`/api/projects/${projectId}/reports/${reportId}/review`, { decision: 'approve' })).json().code).toBe('REPORT_NOT_UNDER_REVIEW');
    const resubmitted = await manager.post(`/api/projects/${projectId}/reports`, { ...report, justification: 'Trial batch moves by three weeks' });
    expect(resubmitted.json()).toMatchObject({ id: reportId, status: 'submitted' });
    expect((await curator.post(`/api/projects/${projectId}/reports/${reportId}/review`, { decision: 'approve' })).json().status).toBe('approved');
    const { rollUp } = (await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}`)).json();
    expect(rollUp).toMatchObject({ byHealth: { amber: 1 }, reportsAwaitingReview: 0 });
    expect((await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}&health=amber`)).json().total).toBe(1);
    expect((await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}&health=red`)).json().total).toBe(0);
  });

  it('refuses a report for an approved period and one for a period not yet ended, writing nothing', async () => {
    const before = await counts();
    const again = await manager.post(`/api/projects/${projectId}/reports`, report);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'REPORT_PERIOD_APPROVED', details: { reportId } });
    expect((await manager.post(`/api/projects/${projectId}/reports`, { ...report, year: thisYear + 1, periodIndex: 1 })).json().code).toBe('REPORT_PERIOD_IN_FUTURE');
    expect(await counts()).toEqual(before);
  });

  it('flags a report first submitted after its due day as late', async () => {
    const response = await manager.post(`/api/projects/${projectId}/reports`, { ...report, year: thisYear - 1, periodIndex: 1 });
    expect(response.json()).toMatchObject({ late: true, dueOn: `${thisYear - 1}-04-15` });
  });
});

describe('change requests', () => {
  it('shows the effect on indicators before approval, applies it keeping the previous version, refuses an outdated one', async () => {
    const current = (await manager.get(`/api/projects/${projectId}`)).json();
    const change = { baseVersion: current.version, justification: 'Registration takes longer', resultDeadlines: [{ key: 'R1', dueOn: day(650) }] };
    const preview = await manager.post(`/api/projects/${projectId}/change-requests/preview`, change);
    expect(preview.statusCode).toBe(200);
    // R1 moves past the end of next year: half of next year's patents target loses its result.
    const nextYearEnd = `${thisYear + 1}-12-31`;
    expect(preview.json().movedResults).toEqual([{ key: 'R1', from: day(100), to: day(650) }]);
    const lost = preview.json().uncoveredTargets.map((u: { code: string; year: number; coveredPercentAfter: number }) => `${u.code}:${u.year}:${u.coveredPercentAfter}`);
    expect(lost).toEqual(day(650) > nextYearEnd ? [`P-PATENTS:${thisYear + 1}:${day(400) <= nextYearEnd ? 50 : 0}`] : []);

    const created = await manager.post(`/api/projects/${projectId}/change-requests`, change);
    expect(created.statusCode).toBe(201);
    expect((await manager.post(`/api/projects/${projectId}/change-requests/${created.json().id}/decision`, { decision: 'approve' })).statusCode).toBe(403);
    const approved = await curator.post(`/api/projects/${projectId}/change-requests/${created.json().id}/decision`, { decision: 'approve' });
    expect(approved.json().status).toBe('approved');
    const after = (await manager.get(`/api/projects/${projectId}`)).json();
    expect(after.version).toBe(current.version + 1);
    expect(after.results.find((r: { key: string }) => r.key === 'R1').dueOn).toBe(day(650));
    const versions = (await manager.get(`/api/projects/${projectId}/versions`)).json();
    const previous = versions.items.find((v: { version: number }) => v.version === current.version);
    expect((previous.passport.results as { key: string; dueOn: string }[]).find((r) => r.key === 'R1')!.dueOn).toBe(day(100));

    const before = await counts();
    const stale = await manager.post(`/api/projects/${projectId}/change-requests`, change);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'PASSPORT_VERSION_CONFLICT', details: { currentVersion: after.version } });
    expect(await counts()).toEqual(before);
  });

  it('exports the passport as a workbook that opens, one sheet per section in the standard order', async () => {
    const response = await manager.get(`/api/projects/${projectId}/passport.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('passport-BIO-1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(7);
    const cells = (index: number) => workbook.worksheets[index]!.getSheetValues().flat().filter((v) => v !== undefined && v !== null).map(String);
    expect(cells(0)).toContain('BIO-1');
    expect(cells(4)).toEqual(expect.arrayContaining(['CP1', 'CP4', 'Dossier filed']));
    expect(cells(6)).toContain('Import of reagents delayed');
    expect((await stranger.get(`/api/projects/${projectId}/passport.xlsx`)).statusCode).toBe(404);
  });

  it('records every write in the project history', async () => {
    const history = (await coordinator.get(`/api/projects/${projectId}/history`)).json();
    const actions = history.items.map((e: { action: string }) => e.action);
    for (const action of ['create', 'update', 'update_controlPoints', 'update_budget', 'stage_gate', 'submit_report', 'return_report', 'approve_report', 'approve_change']) expect(actions).toContain(action);
    const db = t.connection.db;
    expect((await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, projectId)))[0]!.n).toBe(history.total);
  });
});
