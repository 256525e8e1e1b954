import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, type Language } from '../../src/shared/languages';
import { ru } from '../../src/web/i18n/messages';
import { login } from './support/auth';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { expectedTexts, switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;
const shots = '/tmp/shots';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
});
afterAll(() => endJourney(journey));

const text = () => page.locator('body').innerText();

// Any section's name followed by a key: the page's part of the texts (ADR 040) must have come with it.
const rawKey = new RegExp(`\\b(${Object.keys(ru).join('|')})\\.[a-zA-Z_]+\\b`);

/** A page shows no raw translation key (a key looks like "section.key"), and is shot for review. */
async function checkAndShoot(name: string) {
  expect(await text()).not.toMatch(rawKey);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** What the demo agreement and the 2030 targets look like in each language. */
const dashboardFacts: Record<Language, RegExp[]> = {
  ru: [/Колганов/, /Ярошенко/, /Биотехнологи/i, /Медицина/i, /компонент/i, /70\s000\s+чел\./, /120\s+млрд\s+₽/],
  en: [/Kolganov/, /Yaroshenko/, /Biotechnolog/i, /Medicine/i, /components/i, /70,000\s+people/, /RUB\s+120bn/],
  zh: [/科尔加诺夫|Kolganov|Колганов/, /亚罗申科|Yaroshenko|Ярошенко/, /生物技术/, /医/, /材料/, /70,000人/, /1200亿/],
};

describe('the interface in three languages', () => {
  it('an anonymous visitor’s choice is remembered in this browser', async () => {
    await navigate(page, '/login');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await switchLanguage(page, 'en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to Northbridge');
    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    await page.screenshot({ path: `${shots}/login-en.png`, fullPage: true });
    await switchLanguage(page, 'ru');
  });

  it.each(['en', 'zh', 'ru'] as const)('switches to %s: navigation, html lang and the dashboard’s agreement and targets', async (language) => {
    await login(page, 'coordinator');
    await navigate(page, '/');
    await switchLanguage(page, language);
    const expected = expectedTexts[language];
    const navigation = page.getByRole('navigation', { name: expected.navigation });
    for (const label of [expected.dashboard, expected.organizations, expected.agreements, expected.indicators]) {
      expect(await navigation.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('heading', { level: 2, name: expected.targets }).count()).toBe(1);
    const body = await text();
    for (const fact of dashboardFacts[language]) expect(body).toMatch(fact);
    await checkAndShoot(`dashboard-${language}`);
  });

  it('keeps a signed-in user’s language in the profile across a reload', async () => {
    await switchLanguage(page, 'zh');
    // The choice is saved on the server: wait for the profile to say so, then reload.
    await expect.poll(async () => (await (await page.request.get('/api/auth/me')).json()).user.language).toBe('zh');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('概览');
  });

  it.each(languages)('main pages render in %s (screenshots for review)', async (language) => {
    await navigate(page, '/');
    await switchLanguage(page, language);
    const pages: [string, string][] = [
      ['organizations', '/organizations'],
      ['agreements', '/agreements'],
      ['indicators', '/indicators'],
      ['projects', '/projects'],
    ];
    for (const [name, path] of pages) {
      await navigate(page, path);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await checkAndShoot(`${name}-${language}`);
    }
    await navigate(page, '/agreements');
    await followLink(page, page.getByRole('table').getByRole('link').first());
    await checkAndShoot(`agreement-${language}`);
    await navigate(page, '/organizations');
    await followLink(page, page.getByRole('table').getByRole('link').first());
    await checkAndShoot(`organization-${language}`);
  });
});
