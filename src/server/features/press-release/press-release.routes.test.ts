import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementDraft } from '../../../shared/contracts/agreement-drafts';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

const brief = readFileSync(new URL('../../../../bench/press-release/source-article.ru.txt', import.meta.url), 'utf8');

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
}, 120_000);
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);
const count = async (table: string) => Number(((await t.connection.executeSql(`select count(*)::int as n from ${table}`)).rows[0] as { n: number }).n);

async function organizationId(client: TestClient, name: string) {
  const items = (await client.get(`/api/organizations?q=${encodeURIComponent(name)}`)).json().items as { id: string; name: { en: string | null } }[];
  return items[0]!.id;
}

describe('POST /api/agreements/drafts/from-text', () => {
  it('reads the brief into its two agreements, every party resolved to the demo registry', async () => {
    const coordinator = await loginAs('coordinator');
    const response = await coordinator.post('/api/agreements/drafts/from-text', { text: brief });
    expect(response.statusCode, response.body).toBe(200);
    const { drafts, text } = response.json() as { drafts: AgreementDraft[]; text: string };
    expect(drafts).toHaveLength(2);
    const [greatStone, hiTechPark] = drafts as [AgreementDraft, AgreementDraft];

    const pmc = await organizationId(coordinator, 'Центр управления проектами');
    const park = await organizationId(coordinator, 'Великий камень');
    const yakutia = await organizationId(coordinator, 'Правительство Республики Саха');
    const htp = await organizationId(coordinator, 'Парк высоких технологий');

    expect(greatStone.kind.value).toBe('cooperation_agreement');
    expect(greatStone.parties.map((p) => [p.match.status, p.match.organizationId])).toEqual([['matched', pmc], ['matched', park]]);
    expect(greatStone.signatories.map((s) => [s.fullName, s.position?.value, s.partyIndex])).toEqual([['Евгений Колганов', 'директор', 0], ['Александр Ярошенко', 'глава', 1]]);
    // The demo registry already holds both signatories with their organizations.
    expect(greatStone.signatories.every((s) => s.personId)).toBe(true);
    expect(greatStone.directions.map((d) => [d.name, d.directionCode])).toEqual([['биотехнологии', 'biotechnology'], ['новые компоненты и материалы', 'new_materials'], ['медицина', 'medicine']]);
    expect(greatStone.occasion?.value).toContain('официальный визит делегации под руководством Главы Якутии Айсена Николаева');
    expect(greatStone.place?.value).toBe('Республика Беларусь');
    expect(greatStone.signedOn).toBeNull();

    expect(hiTechPark.parties.map((p) => [p.match.status, p.match.organizationId])).toEqual([['matched', yakutia], ['matched', htp]]);
    expect(hiTechPark.directions.map((d) => d.directionCode)).toEqual(['high_tech', 'creative_industries']);
    expect(hiTechPark.place?.value).toBe('Минск');

    // Every span points at the words it was read from.
    const [start, end] = greatStone.signatories[1]!.span;
    expect(text.slice(start, end)).toBe('Александр Ярошенко');
    expect(text.slice(...greatStone.parties[1]!.span)).toBe('администрацией белорусско-китайского индустриального парка "Великий камень"');
  });

  it('answers empty, oversized and agreement-less texts clearly and strips HTML', async () => {
    const coordinator = await loginAs('coordinator');
    const empty = await coordinator.post('/api/agreements/drafts/from-text', { text: '  <p> </p> ' });
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'PRESS_TEXT_EMPTY']);
    const large = await coordinator.post('/api/agreements/drafts/from-text', { text: 'я'.repeat(60_000) });
    expect([large.statusCode, large.json().code]).toEqual([413, 'PRESS_TEXT_TOO_LARGE']);
    const none = (await coordinator.post('/api/agreements/drafts/from-text', { text: 'В Якутске прошел форум. Участники обсудили подготовку инженеров.' })).json();
    expect([none.drafts, none.reason]).toEqual([[], 'no_agreement_found']);
    const english = (await coordinator.post('/api/agreements/drafts/from-text', { text: 'The Hi-Tech Park and Yakutia signed a cooperation agreement in Minsk.' })).json();
    expect([english.drafts, english.reason]).toEqual([[], 'not_russian']);
    const html = (await coordinator.post('/api/agreements/drafts/from-text', { text: '<p>ИТ-парк и ООО &laquo;Лена Софт&raquo; подписали меморандум.</p><script>alert(1)</script>' })).json();
    expect(html.wasHtml).toBe(true);
    expect(html.text).not.toContain('alert');
    expect(html.drafts[0].kind.value).toBe('memorandum');
  });

  it('is refused to a park manager', async () => {
    const manager = await loginAs('park_manager');
    expect((await manager.post('/api/agreements/drafts/from-text', { text: brief })).statusCode).toBe(403);
  });
});

describe('POST /api/agreements/drafts/accept', () => {
  it('creates the agreements, a new organization and a new person in one transaction, with the press text attached', async () => {
    const coordinator = await loginAs('coordinator');
    const text = 'ИТ-парк и ООО «Лена Софт» подписали меморандум. Документ подписали директор ИТ-парка Айаал Габышев и генеральный директор компании Степан Захаров.';
    const { drafts } = (await coordinator.post('/api/agreements/drafts/from-text', { text })).json() as { drafts: AgreementDraft[] };
    const [draft] = drafts as [AgreementDraft];
    expect(draft.parties[1]!.match.status).toBe('new');
    const before = { agreements: await count('agreements'), organizations: await count('organizations'), persons: await count('persons') };
    const response = await coordinator.post('/api/agreements/drafts/accept', {
      text,
      agreements: [{
        kind: draft.kind.value, title: draft.title, signedOn: '2025-03-18', place: 'Якутск', occasion: null,
        parties: [{ organizationId: draft.parties[0]!.match.organizationId }, { newOrganization: { name: draft.parties[1]!.name } }],
        signatories: draft.signatories.map((s) => ({ partyIndex: s.partyIndex, fullName: s.fullName, position: s.position?.value ?? null })),
        directionIds: [],
      }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.organizationIds).toHaveLength(1);
    expect(created.personIds).toHaveLength(2);
    expect({ agreements: await count('agreements'), organizations: await count('organizations'), persons: await count('persons') })
      .toEqual({ agreements: before.agreements + 1, organizations: before.organizations + 1, persons: before.persons + 2 });

    const agreement = (await coordinator.get(`/api/agreements/${created.agreementIds[0]}`)).json();
    expect(agreement.status).toBe('signed');
    expect(agreement.parties.map((p: { organization: { name: { ru: string } } }) => p.organization.name.ru)).toContain('ООО «Лена Софт»');
    const documents = (await coordinator.get(`/api/agreements/${created.agreementIds[0]}/documents`)).json();
    expect(documents.items[0].versions[0].contentType).toBe('text/plain; charset=utf-8');
    const history = (await coordinator.get(`/api/agreements/${created.agreementIds[0]}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'document_upload']);
  });

  it('writes nothing when one of the agreements is refused', async () => {
    const coordinator = await loginAs('coordinator');
    const before = { agreements: await count('agreements'), organizations: await count('organizations') };
    const response = await coordinator.post('/api/agreements/drafts/accept', {
      text: 'Текст',
      agreements: [
        { kind: 'memorandum', title: 'Первое', parties: [{ newOrganization: { name: 'ООО «Временная»' } }] },
        { kind: 'memorandum', title: 'Второе', parties: [{ organizationId: '00000000-0000-4000-8000-000000000000' }] },
      ],
    });
    expect(response.statusCode).toBe(404);
    expect({ agreements: await count('agreements'), organizations: await count('organizations') }).toEqual(before);
  });
});
