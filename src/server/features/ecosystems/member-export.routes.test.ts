import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ecosystemMemberships } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let park: Awaited<ReturnType<typeof createEcosystem>>;
let resident: Awaited<ReturnType<typeof createOrganization>>;
let formerResident: Awaited<ReturnType<typeof createOrganization>>;
let applicant: Awaited<ReturnType<typeof createOrganization>>;
let hidden: Awaited<ReturnType<typeof createOrganization>>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Export Register Park', visibility: 'public' });
  const otherPark = await createEcosystem(db, { nameEn: 'Other Register Park', visibility: 'public' });
  resident = await createOrganization(db, { nameEn: '=HYPERLINK("http://evil")', nameRu: 'Резидент', country: 'RU', visibility: 'public', headcount: 31337 });
  formerResident = await createOrganization(db, { nameEn: 'Former Co', country: 'BY', visibility: 'public', headcount: 4242 });
  applicant = await createOrganization(db, { nameEn: 'Applicant Co', country: 'CN', visibility: 'public' });
  hidden = await createOrganization(db, { nameEn: 'Hidden Co', country: 'RU', visibility: 'private', headcount: 5151 });
  await db.insert(ecosystemMemberships).values([
    { ecosystemId: park.id, organizationId: resident.id, status: 'resident', residentType: 'resident', dateFrom: '2022-03-01', registrationNumber: '+7-001' },
    { ecosystemId: park.id, organizationId: formerResident.id, status: 'former', residentType: 'resident', dateFrom: '2019-01-10', dateTo: '2021-06-30', registrationNumber: 'R-002' },
    { ecosystemId: park.id, organizationId: applicant.id, status: 'applicant', residentType: 'participant', dateFrom: '2025-09-01' },
    { ecosystemId: park.id, organizationId: hidden.id, status: 'resident', dateFrom: '2023-01-01' },
    // A foreign park's entry of the same company: it must not appear in this park's file.
    { ecosystemId: otherPark.id, organizationId: applicant.id, status: 'resident', dateFrom: '2020-01-01' },
  ]);
});
afterAll(async () => t.close());

const login = async (role: 'park_manager' | 'analyst' | 'coordinator', scopeOrganizationId?: string) =>
  new TestClient(t.app).login((await createUser(t.connection.db, [{ role, scopeOrganizationId: scopeOrganizationId ?? null }])).email);

function readXlsx(content: Buffer) {
  const workbook = XLSX.read(content, { type: 'buffer' });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  return { names: workbook.SheetNames, sheet, records: XLSX.utils.sheet_to_json<Record<string, string | number>>(sheet, { raw: true, defval: null }) };
}

describe('exporting an ecosystem register', () => {
  it('writes XLSX that SheetJS reads: the park manager gets private figures, formulas stay text', async () => {
    const manager = await login('park_manager', park.id);
    const response = await manager.get(`/api/ecosystems/${park.id}/members/export?format=xlsx&sort=name`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="members-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const { names, sheet, records } = readXlsx(response.rawPayload);
    expect(names).toEqual(['members']);
    // The manager of the park reads its private residents too.
    expect(records.map((r) => r.id).sort()).toEqual([resident.id, formerResident.id, applicant.id, hidden.id].sort());
    const row = records.find((r) => r.id === resident.id)!;
    expect(row).toMatchObject({ name_en: '=HYPERLINK("http://evil")', membership_status: 'resident', resident_type: 'resident', registration_number: '+7-001', membership_date_from: '2022-03-01', headcount: 31337 });
    // No cell of the file is a formula: SheetJS reports formulas as `f`.
    const formulas = Object.entries(sheet).filter(([address, cell]) => !address.startsWith('!') && (cell as XLSX.CellObject).f !== undefined);
    expect(formulas).toEqual([]);
  });

  it('applies the list filters: status, country, resident type and period', async () => {
    const coordinator = await login('coordinator');
    const ids = async (query: string) => readXlsx((await coordinator.get(`/api/ecosystems/${park.id}/members/export?format=xlsx&${query}`)).rawPayload).records.map((r) => r.id);
    expect(await ids('status=former')).toEqual([formerResident.id]);
    expect(await ids('country=cn')).toEqual([applicant.id]);
    expect(await ids('residentType=participant')).toEqual([applicant.id]);
    // In the register at some day of 2020: only the entry that ran 2019–2021.
    expect(await ids('periodFrom=2020-01-01&periodTo=2020-12-31')).toEqual([formerResident.id]);
    expect((await ids('periodFrom=2024-01-01')).sort()).toEqual([resident.id, applicant.id, hidden.id].sort());
    // The list and the export agree on the same filter.
    const listed = (await coordinator.get(`/api/ecosystems/${park.id}/members?periodFrom=2024-01-01&sort=name`)).json().items.map((m: { organization: { id: string } }) => m.organization.id);
    expect(await ids('periodFrom=2024-01-01&sort=name')).toEqual(listed);
  });

  it('writes CSV with a BOM and neutralized formulas; figures and hidden members only for those allowed', async () => {
    const analyst = await login('analyst');
    const response = await analyst.get(`/api/ecosystems/${park.id}/members/export?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = response.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain('membership_status,resident_type,membership_date_from,membership_date_to');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`'+7-001`);
    expect(text).not.toContain(hidden.id);
    // SheetJS reads the CSV back to the same rows (a second, independent reader).
    const { records } = readXlsx(Buffer.from(text, 'utf8'));
    expect(records.map((r) => r.id).sort()).toEqual([resident.id, formerResident.id, applicant.id].sort());
    // The figures' columns are there and empty (not a search of the text: an id may hold the digits).
    expect(records.map((r) => r.headcount)).toEqual([null, null, null]);
  });

  it('is open to anonymous callers for public members, and refuses bad filters with a code', async () => {
    const anonymous = new TestClient(t.app);
    const response = await anonymous.get(`/api/ecosystems/${park.id}/members/export?format=csv`);
    expect(response.statusCode).toBe(200);
    const { records } = readXlsx(Buffer.from(response.body.replace(/^\ufeff/, ''), 'utf8'));
    expect(records.map((r) => r.id).sort()).toEqual([resident.id, formerResident.id, applicant.id].sort());
    expect(records.map((r) => r.headcount)).toEqual([null, null, null]);
    const bad = await anonymous.get(`/api/ecosystems/${park.id}/members/export?format=pdf`);
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const badDate = await anonymous.get(`/api/ecosystems/${park.id}/members/export?periodFrom=2024-02-30`);
    expect([badDate.statusCode, badDate.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const company = await anonymous.get(`/api/ecosystems/${resident.id}/members/export`);
    expect([company.statusCode, company.json().code]).toEqual([404, 'NOT_AN_ECOSYSTEM']);
  });
});
