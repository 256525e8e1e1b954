import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
});
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);

describe('the dashboard on the demo world', () => {
  it('shows the coordinator the Minsk agreement and both 2030 targets', async () => {
    const dashboard = (await (await loginAs('coordinator')).get('/api/dashboard')).json();
    const greatStone = dashboard.agreements.find((a: { signatories: { fullName: { ru: string } }[] }) =>
      a.signatories.some((s) => s.fullName.ru.includes('Колганов')));
    expect(greatStone.signatories.map((s: { fullName: { ru: string } }) => s.fullName.ru).join(' ')).toContain('Ярошенко');
    expect(greatStone.directions.map((d: { code: string }) => d.code).sort()).toHaveLength(3);
    expect(greatStone.directions.map((d: { label: { en: string } }) => d.label.en).join(', ')).toMatch(/Biotechnolog/i);
    const finals = dashboard.strategicTargets.map((i: { finalTarget: { year: number; value: number } }) => i.finalTarget);
    expect(finals).toEqual(expect.arrayContaining([{ year: 2030, value: 70_000 }, { year: 2030, value: 120 }]));
    expect(dashboard.organizationCount).toBeGreaterThan(320);
    expect(dashboard.activeAgreementCount).toBeGreaterThanOrEqual(1);
  });

  it('is there for every role, and not for anonymous callers', async () => {
    for (const role of ['admin', 'park_manager', 'member', 'analyst']) {
      const response = await (await loginAs(role)).get('/api/dashboard');
      expect(response.statusCode, role).toBe(200);
      expect(response.json().strategicTargets, role).toHaveLength(2);
    }
    expect((await new TestClient(t.app).get('/api/dashboard')).statusCode).toBe(401);
  });
});

describe('the strategic dashboard on the demo world', () => {
  it('shows both 2030 targets with a forecast, the required yearly growth, a status and contributions', async () => {
    const strategic = (await (await loginAs('analyst')).get('/api/indicators/strategic')).json();
    const byCode = new Map(strategic.targets.map((i: { code: string }) => [i.code, i]));
    for (const code of ['REG-CREATIVE-EMPLOYMENT', 'REG-CREATIVE-GVA']) {
      const target = byCode.get(code) as { analytics: { forecasts: unknown[]; requiredPace: { ratePerYear: number }; status: string }; contributions: unknown[]; contributionSummary: { plannedTotal: number; uncovered: number } };
      expect(target.analytics.forecasts, code).toHaveLength(2);
      expect(target.analytics.requiredPace.ratePerYear, code).toBeGreaterThan(0);
      expect(['on_track', 'at_risk', 'off_track'], code).toContain(target.analytics.status);
      expect(target.contributions.length, code).toBeGreaterThanOrEqual(2);
      expect(target.contributionSummary.plannedTotal, code).toBeGreaterThan(0);
    }
    const codes = strategic.programIndicators.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['REC-SPECIALISTS-TRAINED', 'REC-TECHNOLOGIES', 'REC-JOINT-PROJECTS', 'PMC-RESIDENT-JOBS']));
  });

  it('reminds the demo member of the quarter its company has not reported yet', async () => {
    const owed = (await (await loginAs('member')).get('/api/reporting/obligations')).json().items;
    expect(owed).toHaveLength(1);
    expect(owed[0]).toMatchObject({ indicator: { code: 'PMC-RESIDENT-JOBS' }, periodKind: 'quarter', actual: null });
    const campaigns = (await (await loginAs('coordinator')).get('/api/reporting/campaigns')).json().items;
    expect(campaigns[0].completionPercent).toBeGreaterThan(0);
    expect(campaigns[0].completionPercent).toBeLessThan(100);
  });
});
