import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-partnering';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { title: 'Партнёрства', search: 'Поиск по предложениям и запросам', matches: 'Подходящие партнёры', reason: 'ваше «', interests: 'Заявки о заинтересованности', funnel: 'Воронка партнёрств' },
  en: { title: 'Partnering', search: 'Search offers and requests', matches: 'Matching partners', reason: "your '", interests: 'Expressions of interest', funnel: 'Partnering funnel' },
  zh: { title: '合作对接', search: '搜索供给与需求', matches: '匹配的合作伙伴', reason: '您的“', interests: '合作意向', funnel: '合作漏斗' },
} satisfies Record<Language, Record<string, string>>;

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
}, 180_000);
afterAll(() => endJourney(journey));

describe('partnering', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s the marketplace finds the Yakut request, whose matches explain the Chinese offer', async (language) => {
    const text = texts[language];
    await navigate(page, '/partnering');
    await switchLanguage(page, language);
    await settle(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.title);
    await page.getByLabel(text.search, { exact: true }).fill('кормовые добавки');
    await page.getByRole('link', { name: /кормовые добавки/ }).first().waitFor();
    expect(await findAccessibilityViolations(page), 'marketplace').toEqual([]);
    await shoot(`marketplace-${language}`);
    await page.getByRole('link', { name: /кормовые добавки/ }).first().click();
    await page.waitForURL(/\/partnering\/profiles\/[0-9a-f-]{36}$/);
    const matches = page.getByRole('region', { name: text.matches });
    await matches.getByRole('link', { name: '饲料用酶制剂与微生物饲料添加剂' }).waitFor();
    expect(await matches.textContent()).toContain(text.reason);
    expect(await findAccessibilityViolations(page), 'profile').toEqual([]);
    await shoot(`profile-${language}`);
  });

  it.each(['ru', 'en', 'zh'] as const)('in %s the interests page shows the funnel', async (language) => {
    const text = texts[language];
    await navigate(page, '/partnering/interests');
    await switchLanguage(page, language);
    await settle(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.interests);
    await page.getByRole('region', { name: text.funnel }).waitFor();
    expect(await findAccessibilityViolations(page), 'interests').toEqual([]);
    await shoot(`interests-${language}`);
  });
});
