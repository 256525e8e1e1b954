import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directions, indicatorTargets } from '../../db/schema/index';
import { addMembership, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
  analyst = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'analyst' }])).email);
});
afterAll(async () => t.close());

let sequence = 0;
const code = (prefix: string) => `${prefix}-${++sequence}`;

async function define(body: Record<string, unknown>) {
  const response = await coordinator.post('/api/indicators', { name: { en: 'Test' }, unit: 'people', level: 'program', ...body, code: body.code ?? code('T') });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('the strategic dashboard', () => {
  it('answers the targets with analytics and contributions, and exports them to XLSX', async () => {
    const target = await define({ level: 'regional', code: code('REG'), baseYear: 2023, baseValue: 46_200, targets: [{ year: 2025, value: 52_500 }, { year: 2030, value: 70_000 }] });
    for (const [year, value] of [[2024, 48_000], [2025, 51_000]] as const) await coordinator.post(`/api/indicators/${target.id}/actuals`, { year, value, status: 'confirmed' });
    const dashboard = (await analyst.get('/api/indicators/strategic')).json();
    const found = dashboard.targets.find((i: { id: string }) => i.id === target.id);
    expect(found.analytics).toMatchObject({ status: 'off_track', statusReason: 'no_forecast_reaches', requiredPace: { absolutePerYear: 3_800 } });
    expect(found.analytics.forecasts.map((f: { valueAtTargetYear: number }) => Math.round(f.valueAtTargetYear))).toEqual([62_800, 65_297]);

    // Filters: an ecosystem narrows the contributions to its own indicators and its members'; a direction, the targets.
    const park = await createOrganization(t.connection.db, { kind: 'creative_cluster' });
    const member = await createOrganization(t.connection.db);
    await addMembership(t.connection.db, park.id, member.id);
    const inPark = await define({ level: 'project', ecosystemId: park.id });
    const ofMember = await define({ level: 'organization', ownerOrganizationId: member.id });
    const elsewhere = await define({ level: 'project' });
    for (const child of [inPark, ofMember, elsewhere]) await coordinator.post(`/api/indicators/${target.id}/contributions`, { childIndicatorId: child.id, plans: [{ year: 2030, value: 100 }] });
    const narrowed = (await analyst.get(`/api/indicators/strategic?ecosystemId=${park.id}`)).json();
    const narrowedTarget = narrowed.targets.find((i: { id: string }) => i.id === target.id);
    expect(narrowedTarget.contributions.map((c: { indicator: { id: string } }) => c.indicator.id).sort()).toEqual([inPark.id, ofMember.id].sort());
    expect(narrowedTarget.contributionSummary.plannedTotal).toBe(200);
    // The summary's actuals: the contributors' latest complete year, whichever contributor has it.
    await coordinator.post(`/api/indicators/${inPark.id}/actuals`, { year: 2024, value: 10, status: 'confirmed' });
    await coordinator.post(`/api/indicators/${ofMember.id}/actuals`, { year: 2025, value: 20, status: 'confirmed' });
    // The member's own figures are not the analyst's to see: neither its value nor its year count for them.
    const summaryFor = async (client: TestClient) => (await client.get(`/api/indicators/strategic?ecosystemId=${park.id}`)).json().targets.find((i: { id: string }) => i.id === target.id).contributionSummary;
    expect(await summaryFor(coordinator)).toMatchObject({ actualYear: 2025, actualTotal: 20, year: 2030, plannedTotal: 200 });
    expect(await summaryFor(analyst)).toMatchObject({ actualYear: 2024, actualTotal: 10, year: 2030, plannedTotal: 200 });
    const [direction] = await t.connection.db.select().from(directions).limit(1);
    expect((await analyst.get(`/api/indicators/strategic?directionId=${direction!.id}`)).json().targets.some((i: { id: string }) => i.id === target.id)).toBe(false);

    const file = await analyst.get('/api/indicators/strategic/export');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const row = rows.find((r) => r[1] === target.code)!;
    expect(row.slice(1, 3)).toEqual([target.code, 'Test']);
    expect([row[3], row[17]]).toEqual(['Региональный', 'Отстаёт']);
    expect(await t.connection.db.select().from(indicatorTargets).where(eq(indicatorTargets.indicatorId, target.id))).toHaveLength(2);
  });

  it('draws the ten largest contributors of a target and sums the others, while the summary counts them all', async () => {
    const target = await define({ level: 'regional', code: code('REG'), baseYear: 2023, baseValue: 0, targets: [{ year: 2030, value: 1_000 }] });
    for (let planned = 1; planned <= 12; planned++) {
      const child = await define({ level: 'project' });
      await coordinator.post(`/api/indicators/${target.id}/contributions`, { childIndicatorId: child.id, plans: [{ year: 2030, value: planned }] });
    }
    const shown = (await analyst.get('/api/indicators/strategic')).json().targets.find((i: { id: string }) => i.id === target.id);
    const plannedOf = (c: { years: { year: number; planned: number | null }[] }) => c.years.find((y) => y.year === 2030)?.planned;
    expect(shown.contributions.map(plannedOf)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(shown.otherContributions).toEqual({ count: 2, planned: 3, actual: 0 });
    expect(shown.contributionSummary).toMatchObject({ plannedTotal: 78, uncovered: 922 });
    expect((await analyst.get(`/api/indicators/${target.id}`)).json().contributions).toHaveLength(12);
  });

  it('shows the program indicators needing attention first, as many as asked; the file has them all', async () => {
    const onTrack = await define({ level: 'program', code: code('PRG-A'), baseYear: 2023, baseValue: 100, targets: [{ year: 2030, value: 170 }] });
    for (const [year, value] of [[2024, 120], [2025, 140]] as const) await coordinator.post(`/api/indicators/${onTrack.id}/actuals`, { year, value, status: 'confirmed' });
    const offTrack = await define({ level: 'program', code: code('PRG-B'), baseYear: 2023, baseValue: 100, targets: [{ year: 2030, value: 1_000 }] });
    for (const [year, value] of [[2024, 101], [2025, 102]] as const) await coordinator.post(`/api/indicators/${offTrack.id}/actuals`, { year, value, status: 'confirmed' });
    const all = (await analyst.get('/api/indicators/strategic?programLimit=200')).json();
    const statusOf = (id: string) => all.programIndicators.find((i: { id: string }) => i.id === id).analytics.status;
    expect([statusOf(onTrack.id), statusOf(offTrack.id)]).toEqual(['on_track', 'off_track']);
    const order = ['off_track', 'at_risk', 'no_data', 'on_track'];
    const ranks = all.programIndicators.map((i: { analytics: { status: string } }) => order.indexOf(i.analytics.status));
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
    expect(all.programTotal).toBe(all.programIndicators.length);

    const first = (await analyst.get('/api/indicators/strategic?programLimit=1')).json();
    expect([first.programIndicators.length, first.programTotal]).toEqual([1, all.programTotal]);
    expect(first.programIndicators[0].analytics.status).toBe('off_track');
    expect(first.statusCounts).toEqual(all.statusCounts);
    expect((await analyst.get('/api/indicators/strategic?programLimit=0')).statusCode).toBe(400);

    const file = await analyst.get('/api/indicators/strategic/export?programLimit=1');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const codes = (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r[1]);
    expect(codes).toEqual(expect.arrayContaining([onTrack.code, offTrack.code]));
  });
});
