import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementObligations, agreements, auditLog, indicators, indicatorTargets, projectControlPoints } from '../../db/schema/index';
import { parseDocumentXml, unzipParts, type DocxBodyBlock } from '../../test-support/docx-reader';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const thisYear = new Date().getUTCFullYear();

let t: TestApp;
let coordinator: TestClient;
let manager: TestClient;
let stranger: TestClient;
let managerUserId: string;
let projectId: string;
let otherProjectId: string;
let agreementId: string;
let obligationId: string;
let foreignObligationId: string;
const put = (client: TestClient, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as object });

const points = (withActual: boolean, obligation: string | null = null) => ({ items: [
  { key: 'CP1', title: { ru: 'Лаборатория готова', en: 'Lab ready', zh: '实验室就绪' }, dueOn: day(-30), actualOn: day(-35) },
  { key: 'CP2', title: { ru: 'Опытная партия', en: 'Trial batch', zh: '试验批次' }, dueOn: day(-5), dependsOn: ['CP1'], obligationId: obligation, ...(withActual ? { actualOn: day(-2), evidenceUrl: 'https://example.org/batch' } : {}) },
  { key: 'CP3', title: { ru: 'Досье подано', en: 'Dossier filed', zh: '档案已提交' }, dueOn: day(60), forecastOn: day(90), dependsOn: ['CP2'] },
] });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  const park = await createEcosystem(db, { nameEn: 'Great Stone' });
  const resident = await createOrganization(db, { nameEn: 'BioPharm Resident', nameZh: '生物制药' });
  await addMembership(db, park.id, resident.id);
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }], { language: 'en' })).email);
  const managerUser = await createUser(db, [{ role: 'member', scopeOrganizationId: resident.id }], { fullName: 'Project Manager', language: 'en' });
  managerUserId = managerUser.id;
  manager = await new TestClient(t.app).login(managerUser.email);
  stranger = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: (await createOrganization(db)).id }])).email);

  const [agreement] = await db.insert(agreements).values({ kind: 'cooperation', number: 'AG-7', titleEn: 'Cooperation in biologics', status: 'active', signedOn: day(-400) }).returning();
  agreementId = agreement!.id;
  const [obligation] = await db.insert(agreementObligations).values({ agreementId, textEn: 'Produce a trial batch', dueOn: day(-1) }).returning();
  obligationId = obligation!.id;
  const [foreign] = await db.insert(agreements).values({ kind: 'cooperation', number: 'AG-8', titleEn: 'Unrelated', status: 'active', signedOn: day(-400) }).returning();
  foreignObligationId = (await db.insert(agreementObligations).values({ agreementId: foreign!.id, textEn: 'Elsewhere', dueOn: day(10) }).returning())[0]!.id;

  const portfolioId = (await coordinator.post('/api/portfolios', { code: 'OUT', name: { en: 'Outputs' } })).json().id;
  const create = (code: string, shortName: Record<string, string>) => coordinator.post('/api/projects', {
    portfolioId, code, shortName, fullName: { ru: 'Совместная разработка биопрепаратов', en: 'Joint development of biologics', zh: '联合研发生物制剂' },
    goal: { ru: 'Вывести препарат на рынок', en: 'Bring the biologic to market', zh: '将生物制剂推向市场' },
    startsOn: day(-300), endsOn: day(700), ecosystemIds: [park.id], agreementIds: [agreementId], managerUserId, curatorUserId: null,
    participants: [{ organizationId: resident.id, role: 'Co-executor', workloadPercent: 40 }],
  });
  projectId = (await create('OUT-1', { ru: 'Биопрепараты', en: 'Biologics', zh: '生物制剂' })).json().id;
  otherProjectId = (await create('OUT-2', { en: '=HYPERLINK("http://evil")' })).json().id;
  const [indicator] = await db.insert(indicators).values({ code: 'P-OUT-PATENTS', unit: 'pieces', level: 'project', nameRu: 'Совместные патенты', nameEn: 'Joint patents', nameZh: '联合专利', ownerProjectId: projectId, baseValue: 0, baseYear: thisYear - 1, calculationMethod: 'Count of granted patents', dataSource: 'Rospatent' }).returning();
  await db.insert(indicatorTargets).values([{ indicatorId: indicator!.id, year: thisYear + 1, value: 2 }]);
  expect((await put(manager, `/api/projects/${projectId}/results`, { items: [{ key: 'R1', name: { en: 'Prototype', zh: '原型' }, kind: 'product', dueOn: day(100), influence: [{ indicatorId: indicator!.id, percent: 50 }] }] })).statusCode).toBe(200);
  expect((await put(manager, `/api/projects/${projectId}/control-points`, points(false))).statusCode).toBe(200);
  expect((await put(manager, `/api/projects/${projectId}/budget`, { items: [
    { year: thisYear, source: 'federal', planRub: 1_000_000, actualRub: 600_000 }, { year: thisYear, source: 'partners', planRub: 250_000 },
  ] })).statusCode).toBe(200);
  expect((await put(manager, `/api/projects/${projectId}/risks`, { items: [{ description: 'Import of reagents delayed', probability: 4, impact: 3 }] })).statusCode).toBe(200);
});
afterAll(async () => t.close());

const tables = (blocks: DocxBodyBlock[]) => blocks.filter((b): b is Extract<DocxBodyBlock, { kind: 'table' }> => b.kind === 'table');
const headings = (blocks: DocxBodyBlock[]) => blocks.filter((b) => b.kind === 'paragraph' && b.style === 'Heading1').map((b) => (b as { text: string }).text);

describe('the passport as DOCX', () => {
  it('holds the standard sections in order with real tables, in the reader\'s language', async () => {
    const response = await manager.get(`/api/projects/${projectId}/passport.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain('passport-OUT-1.docx');
    const parts = unzipParts(response.rawPayload);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
    const blocks = parseDocumentXml(parts.get('word/document.xml')!);
    expect(headings(blocks)).toEqual(['1. Basics', '2. Roles', '3. Goal and indicators', '4. Results', '5. Control points and activities', '6. Budget by year and source', '7. Risks']);
    const cells = tables(blocks).flatMap((table) => table.rows.flat());
    expect(cells).toEqual(expect.arrayContaining(['OUT-1', 'Biologics', 'Project Manager', 'BioPharm Resident', 'Bring the biologic to market', 'P-OUT-PATENTS', 'Rospatent', 'R1', 'P-OUT-PATENTS: 50%']));
    const schedule = tables(blocks).find((table) => table.rows[0]?.[1] === 'Control point')!;
    expect(schedule.rows.slice(1).map((row) => [row[0], row[1], row[7]])).toEqual([['CP1', 'Lab ready', 'Done'], ['CP2', 'Trial batch', 'Overdue'], ['CP3', 'Dossier filed', 'At risk']]);
    const budget = tables(blocks).find((table) => table.rows[0]?.[0] === 'Year')!;
    expect(budget.rows.map((row) => row.slice(0, 5))).toEqual([
      ['Year', 'Source', 'Result', 'Plan, RUB', 'Actual, RUB'],
      [String(thisYear), 'Federal budget', '', '1,000,000', '600,000'],
      [String(thisYear), 'Partners\' own funds', '', '250,000', ''],
      [`Total for ${thisYear}`, '', '', '1,250,000', '600,000'],
      ['Total', '', '', '1,250,000', '600,000'],
    ]);
    expect(cells).toContain('Import of reagents delayed');
  });

  it('renders Chinese and Russian text as written', async () => {
    expect((await manager.patch('/api/auth/preferences', { language: 'zh' })).statusCode).toBe(200);
    const zh = parseDocumentXml(unzipParts((await manager.get(`/api/projects/${projectId}/passport.docx`)).rawPayload).get('word/document.xml')!);
    expect(headings(zh)).toEqual(['1. 基本信息', '2. 项目角色与参与方', '3. 目标与指标', '4. 项目成果', '5. 控制点与活动', '6. 按年度和来源的预算', '7. 项目风险']);
    expect(tables(zh).flatMap((table) => table.rows.flat())).toEqual(expect.arrayContaining(['生物制剂', '实验室就绪', '联合专利', '生物制药', '联邦预算']));
    expect((await manager.patch('/api/auth/preferences', { language: 'ru' })).statusCode).toBe(200);
    const ru = parseDocumentXml(unzipParts((await manager.get(`/api/projects/${projectId}/passport.docx`)).rawPayload).get('word/document.xml')!);
    expect(headings(ru)[4]).toBe('5. Контрольные точки и мероприятия');
    expect(tables(ru).flatMap((table) => table.rows.flat())).toEqual(expect.arrayContaining(['Лаборатория готова', day(-30).split('-').reverse().join('.')]));
    expect((await manager.patch('/api/auth/preferences', { language: 'en' })).statusCode).toBe(200);
  });

  it('is read by those who read the project only, and the XLSX renders the same sections', async () => {
    expect((await stranger.get(`/api/projects/${projectId}/passport.docx`)).statusCode).toBe(404);
    expect((await new TestClient(t.app).get(`/api/projects/${projectId}/passport.docx`)).statusCode).toBe(401);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await manager.get(`/api/projects/${projectId}/passport.xlsx`)).rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Basics', 'Roles', 'Goal and indicators', 'Results', 'Control points', 'Budget', 'Risks']);
    const values = workbook.worksheets[4]!.getSheetValues().flat().filter((v) => v !== undefined && v !== null).map(String);
    expect(values).toEqual(expect.arrayContaining(['CP1', 'Dossier filed', 'At risk']));
  });
});

describe('the portfolio register', () => {
  it('lists one row per readable project under the overview\'s filters, formulas kept as text', async () => {
    const read = async (client: TestClient, query = '') => {
      const response = await client.get(`/api/portfolio/register.xlsx${query}`);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as string[]).slice(1);
      return { sheet, header, rows: sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1)) };
    };
    const all = await read(coordinator);
    expect(all.sheet.name).toBe('Project register');
    const row = all.rows.find((r) => r[0] === 'OUT-1')!;
    const column = (name: string) => row[all.header.indexOf(name)];
    expect([column('Stage'), column('Health'), column('Manager'), column('Budget plan, RUB'), column('Budget actual, RUB'), column('Control points'), column('Overdue control points')])
      .toEqual(['Initiation', 'No report', 'Project Manager', 1_250_000, 600_000, 3, 1]);
    const evilRow = all.sheet.getRow(2 + all.rows.findIndex((r) => r[0] === 'OUT-2'));
    expect(evilRow.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(evilRow.getCell(2).value).toBe('=HYPERLINK("http://evil")');

    expect((await read(coordinator, '?stage=execution')).rows).toEqual([]);
    expect((await read(stranger)).rows).toEqual([]);
    expect((await new TestClient(t.app).get('/api/portfolio/register.xlsx')).statusCode).toBe(401);
  });
});

describe('the calendar feed of control points', () => {
  it('serves the readable projects\' control points behind a private URL that can be revoked', async () => {
    const feed = (await manager.post('/api/portfolio/calendar-feeds', {})).json();
    expect(feed.url).toMatch(/^\/api\/portfolio\/calendar\/[\w-]{40,}\.ics$/);
    const response = await new TestClient(t.app).get(feed.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const mine = events.filter((e) => e.summary.startsWith('OUT-1 '));
    expect(mine.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['OUT-1 CP1: Lab ready', day(-30), true], ['OUT-1 CP2: Trial batch', day(-5), true], ['OUT-1 CP3: Dossier filed', day(60), true],
    ]);
    expect(mine[2]!.description).toContain(`Forecast: ${day(90)}`);
    expect(mine[1]!.description).toContain('Overdue');

    const strangerFeed = (await stranger.post('/api/portfolio/calendar-feeds', {})).json();
    expect(new ICAL.Component(ICAL.parse((await new TestClient(t.app).get(strangerFeed.url)).body)).getAllSubcomponents('vevent')).toHaveLength(0);
    expect((await stranger.post('/api/portfolio/calendar-feeds', { projectId })).statusCode).toBe(404);

    expect((await manager.get('/api/portfolio/calendar-feeds')).json().items).toEqual([expect.objectContaining({ id: feed.id, project: null })]);
    expect((await stranger.delete(`/api/portfolio/calendar-feeds/${feed.id}`)).statusCode).toBe(404);
    expect((await manager.delete(`/api/portfolio/calendar-feeds/${feed.id}`)).statusCode).toBe(204);
    expect((await new TestClient(t.app).get(feed.url)).statusCode).toBe(404);
    expect((await new TestClient(t.app).get('/api/portfolio/calendar/not-a-token.ics')).statusCode).toBe(404);
  });
});

describe('obligations linked to control points', () => {
  const obligation = async () => (await t.connection.db.select().from(agreementObligations).where(eq(agreementObligations.id, obligationId)))[0]!;
  const agreementAudit = async () => (await t.connection.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityId, agreementId), eq(auditLog.action, 'obligation_update'))))[0]!.n;

  it('refuses a link to an obligation of an agreement the project does not implement, writing nothing', async () => {
    const before = await t.connection.db.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, projectId));
    const response = await put(manager, `/api/projects/${projectId}/control-points`, points(true, foreignObligationId));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'OBLIGATION_NOT_OF_PROJECT', details: { key: 'CP2' } });
    expect(await t.connection.db.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, projectId))).toEqual(before);
  });

  it('completes the linked obligation when the control point gets its actual date, audited under the agreement', async () => {
    expect((await put(manager, `/api/projects/${projectId}/control-points`, points(false, obligationId))).statusCode).toBe(200);
    expect((await obligation()).status).toBe('planned');
    const audits = await agreementAudit();

    const done = await put(manager, `/api/projects/${projectId}/control-points`, points(true, obligationId));
    expect(done.statusCode).toBe(200);
    expect(await obligation()).toMatchObject({ status: 'done', doneOn: day(-2), evidenceUrl: 'https://example.org/batch', evidenceNote: 'OUT-1 / CP2: ' + day(-2) });
    expect(await agreementAudit()).toBe(audits + 1);
    const roadmap = (await coordinator.get(`/api/agreements/${agreementId}/obligations`)).json();
    expect(roadmap.items.find((o: { id: string }) => o.id === obligationId)).toMatchObject({ status: 'done' });

    // Saving the section again changes nothing more: the obligation is no longer open.
    expect((await put(manager, `/api/projects/${projectId}/control-points`, points(true, obligationId))).statusCode).toBe(200);
    expect(await agreementAudit()).toBe(audits + 1);
    expect(otherProjectId).toBeTruthy();
  });
});
