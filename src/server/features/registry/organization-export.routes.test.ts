import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

function parseCsv(body: string): string[][] {
  // Enough for this test: the export quotes every cell that holds a comma, quote or line break.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false; else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; } else if (char === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += char;
  }
  return rows;
}

describe('exporting organizations', () => {
  it('writes CSV with a BOM, neutralized formulas, and private figures only where allowed', async () => {
    const park = await createEcosystem(t.connection.db, { nameEn: 'Export Park' });
    const resident = await createOrganization(t.connection.db, { nameEn: '=HYPERLINK("http://evil")', headcount: 31337, visibility: 'public' });
    const outsider = await createOrganization(t.connection.db, { nameEn: 'Outsider Export Co', headcount: 42424, visibility: 'public' });
    await addMembership(t.connection.db, park.id, resident.id);
    const manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);

    const response = await manager.get('/api/organizations/export?format=csv&sort=name');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(response.rawPayload.subarray(3).toString('utf8'));
    const column = (name: string) => header!.indexOf(name);
    const residentRow = rows.find((r) => r[column('id')] === resident.id)!;
    const outsiderRow = rows.find((r) => r[column('id')] === outsider.id)!;
    expect(residentRow[column('name_en')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(residentRow[column('headcount')]).toBe('31337');
    expect(outsiderRow[column('headcount')]).toBe('');
    // Ids left out of the search: a random one may hold the digits.
    expect(response.body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')).not.toContain('42424');
  });

  it('writes an XLSX file that a spreadsheet library reads, formulas kept as text', async () => {
    const coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
    await createOrganization(t.connection.db, { nameEn: '@SUM(1+1)' });
    const response = await coordinator.get('/api/organizations/export?format=xlsx&q=SUM');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('organizations')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const nameCell = sheet.getRow(2).getCell(header.indexOf('name_en') + 1);
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.value).toBe('@SUM(1+1)');
    expect(sheet.rowCount).toBe(2);
  });

  it('is for signed-in users only', async () => {
    expect((await new TestClient(t.app).get('/api/organizations/export?format=csv')).statusCode).toBe(401);
    const analyst = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'analyst' }])).email);
    expect((await analyst.get('/api/organizations/export?format=pdf')).json().code).toBe('VALIDATION_FAILED');
  });
});
