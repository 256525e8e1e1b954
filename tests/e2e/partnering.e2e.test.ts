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

  it('the TRL filter takes a number typed and a step pressed before its input’s code has arrived (ADR 042)', async () => {
    // The number input's chunk is held back, so the first key and click reach its stand-in.
    const trlsShown = async () => (await page.locator('article').allTextContents()).map((card) => Number(/УГТ (\d)/.exec(card)?.[1] ?? 0));
    const holdNumberInput = async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/NumberInput-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      return release;
    };

    let release = await holdNumberInput();
    await navigate(page, '/partnering');
    await switchLanguage(page, 'ru');
    await settle(page);
    const trl = page.getByLabel('УГТ не ниже');
    const before = await trlsShown();
    expect(before.some((value) => value < 7)).toBe(true);
    await trl.click();
    await page.keyboard.type('7');
    expect(await trl.inputValue()).toBe('7');
    release();
    await expect.poll(async () => (await trlsShown()).every((value) => value >= 7) && (await trlsShown()).length > 0, { timeout: 10_000 }).toBe(true);
    expect(await trl.inputValue()).toBe('7');
    await page.locator('.mantine-NumberInput-control[data-direction="up"]').click();
    await expect.poll(() => trl.inputValue()).toBe('8');
    await page.unrouteAll();

    release = await holdNumberInput();
    await navigate(page, '/partnering');
    await settle(page);
    await page.locator('.mantine-NumberInput-control[data-direction="up"]').click();
    expect(await trl.inputValue()).toBe('');
    release();
    await expect.poll(() => trl.inputValue(), { timeout: 10_000 }).toBe('1');
    await page.unrouteAll();
  });
});
