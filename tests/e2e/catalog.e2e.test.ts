import { mkdirSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, newContext, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

// The journey of an anonymous visitor (an investor) through the public catalog. Nobody signs in
// in this browser until the last test.

let journey: Journey;
let page: Page;
const shots = '/tmp/shots-catalog';

/** The demo member's organization: public, with private figures only its people and the staff may see. */
const demoMemberName = 'Suzhou Ruichuan Biotechnology Co., Ltd.';
let demoMemberId = '';
let privateFigures = { headcount: 0, revenueRub: 0, exportsRub: 0 };
let greatStoneId = '';
const publishedContact = { name: 'Lina Wang', email: 'lina.wang@ruichuan.example' };
const unpublishedContact = { name: 'Chen Hao', email: 'chen.hao@ruichuan.example' };

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  mkdirSync(shots, { recursive: true });
  // What must not appear, read as the coordinator in a separate browser context (its own cookies).
  const staffContext = await newContext(journey.browser, journey.server.baseUrl);
  const staff = await staffContext.newPage();
  await login(staff, 'coordinator');
  const found = (await (await staff.request.get(`/api/search?q=${encodeURIComponent('Ruichuan')}`)).json()) as { organizations: { items: { organization: { id: string } }[] } };
  demoMemberId = found.organizations.items[0]?.organization.id ?? '';
  const organization = (await (await staff.request.get(`/api/organizations/${demoMemberId}`)).json()) as {
    privateFigures: typeof privateFigures | null;
    memberships: { ecosystemId: string }[];
  };
  if (!organization.privateFigures) throw new Error('the coordinator should see the private figures of the demo member');
  privateFigures = organization.privateFigures;
  greatStoneId = organization.memberships[0]?.ecosystemId ?? '';
  // Two contacts: one consented to publication, one only to processing (never shown to the public).
  const { token } = (await (await staff.request.get('/api/auth/csrf')).json()) as { token: string };
  const consent = { purpose: 'Partner search', scope: 'Name, position, email', givenOn: '2025-03-01', source: 'Signed form' };
  for (const contact of [publishedContact, unpublishedContact]) {
    const created = await staff.request.post(`/api/organizations/${demoMemberId}/contacts`, {
      headers: { 'x-csrf-token': token },
      data: {
        fullName: { ru: null, en: contact.name, zh: null },
        position: { ru: null, en: 'Business development', zh: null },
        email: contact.email,
        consents: contact === publishedContact ? { processing: consent, dissemination: consent } : { processing: consent },
      },
    });
    if (!created.ok()) throw new Error(`creating a contact failed: ${created.status()} ${await created.text()}`);
  }
  await staffContext.close();
});
afterAll(() => endJourney(journey));

async function horizontalOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function heading1(): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

/** A lazily loaded page may keep the previous one on screen for a moment after the address changed. */
async function expectHeading1(text: string): Promise<void> {
  await expect.poll(heading1).toBe(text);
}

/** The ways a private figure could be written on a page, in the three languages. */
function writtenForms(value: number): RegExp[] {
  const forms = new Set<string>();
  for (const locale of ['ru-RU', 'en-GB', 'zh-CN']) {
    forms.add(new Intl.NumberFormat(locale).format(value));
    forms.add(new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value));
  }
  forms.add(String(value));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s');
  return [...forms].map((form) => new RegExp(`(^|[^\\d.,])${escape(form)}($|[^\\d])`));
}

describe('the public catalog for anonymous visitors', () => {
  it('found the demo member and its park through the API as the coordinator', () => {
    expect(demoMemberId).toMatch(/^[0-9a-f-]{36}$/);
    expect(greatStoneId).toMatch(/^[0-9a-f-]{36}$/);
    expect(privateFigures.revenueRub).toBeGreaterThan(0);
  });

  it('the front door leads to the catalog: ecosystems with residents, the 2030 targets, agreements, a way to sign in', async () => {
    await navigate(page, '/');
    await page.evaluate(() => window.localStorage.clear());
    await navigate(page, '/');
    expect(new URL(page.url()).pathname).toBe('/catalog');
    expect(await heading1()).toBe('Открытый каталог');
    // No navigation of the app for someone who is not signed in.
    expect(await page.getByRole('navigation', { name: 'Основная навигация' }).count()).toBe(0);
    const ecosystems = page.getByRole('region', { name: 'Экосистемы' });
    const greatStone = ecosystems.getByRole('article').filter({ hasText: 'Великий камень' });
    expect(await greatStone.count()).toBe(1);
    expect(await greatStone.textContent()).toMatch(/Резидентов: \d{3}/);
    expect(await page.getByRole('region', { name: 'Цели региона до 2030 года' }).textContent()).toMatch(/креативных индустриях/);
    expect(await page.getByRole('region', { name: 'Опубликованные соглашения' }).textContent()).toMatch(/[1-9]\d*\s*соглашений/);
    expect(await page.getByRole('region', { name: 'Инфраструктура' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Войти' }).count()).toBe(1);
  });

  it('a deep link into the workspace still asks to sign in, and the sign-in page leads back to the catalog', async () => {
    await navigate(page, '/agreements?status=active');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/agreements?status=active');
    await followLink(page, page.getByRole('link', { name: 'Открытый каталог организаций и экосистем' }));
    expect(new URL(page.url()).pathname).toBe('/catalog');
  });

  for (const [language, query] of [['zh', '生物技术'], ['en', 'biotechnology']] as const) {
    it(`finds the biotech residents by "${query}", with facets and highlighted words`, async () => {
      await navigate(page, '/catalog');
      await switchLanguage(page, language);
      const box = page.getByRole('searchbox', { name: language === 'zh' ? '搜索目录' : 'Search the catalog' });
      await box.fill(query);
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === '/catalog/search' && url.searchParams.get('q') === query);
      await settle(page);
      const title = page.getByRole('heading', { level: 2, name: language === 'zh' ? /^找到的组织/ : /^Organizations found/ });
      const total = Number(((await title.textContent()) ?? '').replace(/\D/g, ''));
      expect(total).toBeGreaterThan(10);
      const hits = page.getByRole('article');
      expect(await hits.count()).toBeGreaterThan(5);
      expect(await hits.filter({ hasText: /Biotech|生物|Био/i }).count()).toBeGreaterThan(3);
      expect(await page.locator('mark').count()).toBeGreaterThan(0);
      expect(await page.getByRole('region', { name: language === 'zh' ? '国家' : 'Countries' }).count()).toBe(1);
      // Every hit leads to the public profile, never into the workspace.
      for (const href of await hits.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(/^\/catalog\/organizations\//);
      }
    });
  }

  it('shows an organization’s public profile and none of its private figures', async () => {
    await navigate(page, '/catalog');
    await switchLanguage(page, 'en');
    await navigate(page, `/catalog/search?q=${encodeURIComponent('Ruichuan')}`);
    const answers: Response[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === `/api/organizations/${demoMemberId}`) answers.push(response);
    });
    await followLink(page, page.getByRole('article').getByRole('link', { name: demoMemberName }));
    expect(new URL(page.url()).pathname).toBe(`/catalog/organizations/${demoMemberId}`);
    await expectHeading1(demoMemberName);
    const main = page.getByRole('main');
    const text = await main.innerText();
    expect(text).toContain('苏州瑞川生物科技有限公司'); // the name in another language
    expect(text).toContain('Company');
    expect(text).toContain('China');
    expect(text).toMatch(/biotechnology/i);
    expect(await page.getByRole('region', { name: 'Directions' }).textContent()).toMatch(/Biotechnolog/);
    // The contacts load after the profile: wait for them before reading the section.
    await page.getByRole('region', { name: 'Contacts' }).getByText(publishedContact.name).waitFor();
    const contacts = (await page.getByRole('region', { name: 'Contacts' }).textContent()) ?? '';
    expect(contacts).toContain(publishedContact.name);
    expect(contacts).toContain(publishedContact.email);
    expect(text).not.toContain(unpublishedContact.name);
    expect(text).not.toContain(unpublishedContact.email);

    // The server sent no private figures to an anonymous visitor, and the page shows none.
    expect(answers.length).toBeGreaterThan(0);
    expect(((await answers[0]!.json()) as { privateFigures: unknown }).privateFigures).toBeNull();
    for (const label of ['Headcount', 'Revenue', 'Exports']) expect(text).not.toContain(label);
    for (const value of [privateFigures.revenueRub, privateFigures.exportsRub]) {
      for (const form of writtenForms(value)) expect(text).not.toMatch(form);
    }
    expect(await page.getByRole('cell', { name: String(privateFigures.headcount), exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${shots}/organization-en.png`, fullPage: true });
  });

  it('opens the Great Stone page from the organization: description, resident counts and published members', async () => {
    await followLink(page, page.getByRole('region', { name: 'Ecosystem memberships' }).getByRole('link', { name: /Great Stone/ }));
    expect(new URL(page.url()).pathname).toBe(`/catalog/ecosystems/${greatStoneId}`);
    await expectHeading1('Great Stone Industrial Park');
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(/intergovernmental agreement/);
    expect(main).toMatch(/Residents\s*1\d\d/);
    const members = page.getByRole('region', { name: 'Members', exact: true }).getByRole('row');
    expect(await members.count()).toBeGreaterThan(10);
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('Ruichuan');
    await expect.poll(() => members.count()).toBe(2); // the header row and the demo member
    expect(await page.getByRole('link', { name: demoMemberName }).count()).toBe(1);
  });

  it('lists the published organizations with filters and pages kept in the address', async () => {
    await navigate(page, '/catalog/organizations');
    const total = async () => Number(/[\d,\s]+/.exec((await page.getByText(/^Total:/).textContent()) ?? '')?.[0]?.replace(/\D/g, ''));
    const all = await total();
    expect(all).toBeGreaterThan(100);
    await page.getByRole('combobox', { name: 'Country' }).click();
    await page.getByRole('option', { name: 'China', exact: true }).click();
    await page.waitForURL(/country=CN/);
    // The previous page stays on screen until the filtered one arrives.
    await expect.poll(total).toBeLessThan(all);
    expect(await total()).toBeGreaterThan(25);
    const firstRow = () => page.getByRole('region', { name: 'Organizations' }).getByRole('link').first().textContent();
    const firstOnPage1 = await firstRow();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('country') === 'CN');
    await expect.poll(firstRow).not.toBe(firstOnPage1);
  });

  const pages = (): [name: string, path: string][] => [
    ['home', '/catalog'],
    ['organizations', '/catalog/organizations'],
    ['organization', `/catalog/organizations/${demoMemberId}`],
    ['ecosystem', `/catalog/ecosystems/${greatStoneId}`],
    ['search', `/catalog/search?q=${encodeURIComponent('biotechnology')}`],
  ];
  const titles: Record<Language, string> = { ru: 'Открытый каталог', en: 'Public catalog', zh: '公开目录' };

  for (const language of ['ru', 'en', 'zh'] as const) {
    it(`in ${language}: every catalog page has one h1, no axe violations at 1280 and 360 px, no sideways scroll`, async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await navigate(page, '/catalog');
      await switchLanguage(page, language);
      expect(await heading1()).toBe(titles[language]);
      const problems: string[] = [];
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, path] of pages()) {
          await navigate(page, path);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          expect(await page.getByRole('heading', { level: 1 }).count(), `${name} has one h1`).toBe(1);
          for (const violation of await findAccessibilityViolations(page)) problems.push(`${name} at ${width}px: ${violation}`);
          const overflow = await horizontalOverflow();
          if (overflow > 0) problems.push(`${name} scrolls sideways by ${overflow}px at ${width}px`);
          await page.screenshot({ path: `${shots}/${name}-${width}-${language}.png`, fullPage: true });
        }
      }
      expect(problems).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it('a signed-in visitor gets from the catalog back to the same thing in the workspace, and / is the dashboard', async () => {
    await login(page, 'analyst');
    await navigate(page, `/catalog/organizations/${demoMemberId}`);
    expect(await page.getByRole('link', { name: 'Войти' }).count()).toBe(0);
    await followLink(page, page.getByRole('link', { name: 'Открыть рабочее пространство' }));
    expect(new URL(page.url()).pathname).toBe(`/organizations/${demoMemberId}`);
    await navigate(page, '/');
    expect(new URL(page.url()).pathname).toBe('/');
    await expectHeading1('Обзор');
    await logout(page);
  });
});
