import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
});
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);

describe('the demo portfolio', () => {
  it('has joint projects in every stage, some late, with reports', async () => {
    const coordinator = await loginAs('coordinator');
    const { rollUp, items } = (await coordinator.get('/api/portfolio/overview')).json();
    expect(rollUp.projects).toBe(7);
    expect(Object.keys(rollUp.byStage).sort()).toEqual(['closing', 'execution', 'initiation', 'planning', 'suspended']);
    expect(rollUp.overdueControlPoints).toBeGreaterThanOrEqual(3);
    expect(rollUp.byHealth.red).toBeGreaterThanOrEqual(1);
    expect(rollUp.budgetActualRub).toBeLessThan(rollUp.budgetPlanRub);
    expect(items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['GS-BIO-01', 'GS-MAT-01', 'GS-MED-01', 'HTP-CRE-01', 'HTP-IT-01']));
  });

  it('lets the demo member manage the biotech project, whose pending change request costs an indicator target', async () => {
    const member = await loginAs('member');
    const { items } = (await member.get('/api/portfolio/overview')).json();
    const bio = items.find((p: { code: string }) => p.code === 'GS-BIO-01');
    const project = (await member.get(`/api/projects/${bio.id}`)).json();
    expect(project.can).toMatchObject({ edit: true, submitReport: true, reviewReport: false });
    expect(project.controlPoints.some((p: { critical: boolean }) => p.critical)).toBe(true);
    const [request] = (await member.get(`/api/projects/${bio.id}/change-requests`)).json().items;
    expect(request.status).toBe('pending');
    expect(request.effect.uncoveredTargets.length).toBeGreaterThanOrEqual(1);
    const reports = (await member.get(`/api/projects/${bio.id}/reports`)).json().items;
    expect(reports.every((r: { status: string }) => r.status === 'approved')).toBe(true);
  });
});
