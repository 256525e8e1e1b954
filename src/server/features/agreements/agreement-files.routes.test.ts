import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toXlsx } from '../../lib/spreadsheet';
import { createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let coordinator: TestClient;
let agreementId: string;
let partyId: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }], { fullName: 'Coordinator' })).email);
  const party = await createOrganization(t.connection.db, { nameEn: 'Great Stone', nameRu: 'Великий камень' });
  partyId = party.id;
  const response = await coordinator.post('/api/agreements', {
    kind: 'cooperation_agreement', number: 'FILES-1', title: { ru: 'Соглашение', en: 'Agreement', zh: '协议' }, signedOn: day(-100), status: 'active',
    parties: [{ organizationId: party.id }],
    obligations: [
      { text: { ru: 'Обмен делегациями', en: 'Exchange of delegations', zh: '互派代表团' }, responsibleOrganizationId: party.id, dueOn: day(-10) },
      { text: { ru: 'Совместный семинар', en: 'Joint seminar' }, dueOn: day(40) },
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  agreementId = response.json().id;
});
afterAll(async () => t.close());

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ab5a3bb40000000049454e44ae426082', 'hex');

/** A stored (uncompressed) ZIP with the given entries: enough for the type check, which reads the central directory. */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(entries).length, 8); end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const upload = (client: TestClient, body: Buffer, type: string, query = 'kind=signed_text&fileName=agreement.pdf') =>
  client.request({ method: 'POST', url: `/api/agreements/${agreementId}/documents?${query}`, payload: body, headers: { 'content-type': type } });

describe('agreement documents', () => {
  it('stores a checksummed PDF, versions it with a DOCX, and serves each version to readers only', async () => {
    const first = await upload(coordinator, pdf, 'application/pdf', `kind=signed_text&title=${encodeURIComponent('Подписанный текст')}&fileName=${encodeURIComponent('соглашение.pdf')}`);
    expect(first.statusCode, first.body).toBe(201);
    const document = first.json();
    expect(document.versions[0]).toMatchObject({ version: 1, contentType: 'application/pdf', sha256: createHash('sha256').update(pdf).digest('hex'), fileName: 'соглашение.pdf', uploadedBy: 'Coordinator' });
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const second = await coordinator.request({ method: 'POST', url: `/api/agreements/${agreementId}/documents/${document.id}/versions?fileName=agreement.docx`, payload: docx, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const download = await coordinator.get(`/api/agreements/${agreementId}/documents/${document.id}/versions/1`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%D1%81");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await new TestClient(t.app).get(`/api/agreements/${agreementId}/documents/${document.id}/versions/1`)).statusCode).toBe(401);
    const stranger = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: (await createOrganization(t.connection.db)).id }])).email);
    expect((await upload(stranger, pdf, 'application/pdf')).statusCode).toBe(403);
  });

  it('refuses files of a wrong type or over the limit, writing nothing', async () => {
    const count = async () => (await coordinator.get(`/api/agreements/${agreementId}/documents`)).json().items.length;
    const before = await count();
    const refused = async (body: Buffer, type: string, code: string, status: number) => {
      const response = await upload(coordinator, body, type);
      expect([response.statusCode, response.json().code], type).toEqual([status, code]);
    };
    await refused(Buffer.from('just some text, not a document'), 'text/plain', 'DOCUMENT_TYPE_NOT_ALLOWED', 415);
    await refused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml', 'DOCUMENT_TYPE_NOT_ALLOWED', 415);
    await refused(png, 'application/pdf', 'DOCUMENT_TYPE_NOT_ALLOWED', 415);
    await refused(await toXlsx({ columns: ['a'], rows: [] }, 'sheet'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCUMENT_TYPE_NOT_ALLOWED', 415);
    await refused(Buffer.from('{"a":1}'), 'application/json', 'DOCUMENT_TYPE_NOT_ALLOWED', 415);
    await refused(Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf', 'DOCUMENT_TOO_LARGE', 413);
    expect(await count()).toBe(before);
    // Sent as "some file" the bytes decide.
    expect((await upload(coordinator, png, 'application/octet-stream', 'kind=scan&fileName=photo.png')).json().versions[0].contentType).toBe('image/png');
  });
});

describe('calendar feeds', () => {
  it('serve the roadmap as iCalendar that ical.js reads, behind a private URL that can be revoked', async () => {
    const feed = (await coordinator.post('/api/calendar-feeds', { agreementId })).json();
    expect(feed.url).toMatch(/^\/api\/calendar\/[\w-]{40,}\.ics$/);
    const response = await new TestClient(t.app).get(feed.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const byDate = events.map((e) => [e.startDate.toString(), e.summary, e.startDate.isDate]);
    expect(byDate).toEqual(expect.arrayContaining([[day(-10), 'FILES-1: Обмен делегациями', true], [day(40), 'FILES-1: Совместный семинар', true]]));
    expect(events.find((e) => e.startDate.toString() === day(-10))?.description).toContain('просрочено');

    const personal = (await coordinator.post('/api/calendar-feeds', {})).json();
    expect(personal.agreement).toBeNull();
    const personalEvents = new ICAL.Component(ICAL.parse((await new TestClient(t.app).get(personal.url)).body)).getAllSubcomponents('vevent');
    expect(personalEvents.length).toBeGreaterThanOrEqual(2);

    expect((await coordinator.get('/api/calendar-feeds')).json().items.map((f: { id: string; url?: string }) => [f.id, f.url])).toEqual(expect.arrayContaining([[feed.id, undefined]]));
    expect((await coordinator.delete(`/api/calendar-feeds/${feed.id}`)).statusCode).toBe(204);
    expect((await new TestClient(t.app).get(feed.url)).statusCode).toBe(404);
  });
});

describe('exports', () => {
  it('writes the list and a roadmap as XLSX that SheetJS reads back', async () => {
    const list = await coordinator.get('/api/agreements/export?format=xlsx');
    expect(list.statusCode).toBe(200);
    const listRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(list.rawPayload).Sheets.agreements!);
    expect(listRows).toEqual([expect.objectContaining({ number: 'FILES-1', status: 'active', title_zh: '协议', health: 'red', obligations: 2, overdue: 1, done_on_time_percent: 0 })]);

    const roadmap = await coordinator.get(`/api/agreements/${agreementId}/obligations/export?format=xlsx`);
    expect(roadmap.headers['content-disposition']).toContain('roadmap-FILES-1');
    const workbook = XLSX.read(roadmap.rawPayload);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[workbook.SheetNames[0]!]!);
    expect(rows.map((r) => [r.text_ru, r.due_on, r.status])).toEqual([['Обмен делегациями', day(-10), 'overdue'], ['Совместный семинар', day(40), 'planned']]);
    expect(rows[0]?.responsible).toBeTruthy();
    expect(partyId).toBeTruthy();
  });
});
