import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { heading: 'Новые совпадения', forProfile: 'Для вашего профиля:', markSeen: 'Отметить как просмотренные' },
  en: { heading: 'New matches', forProfile: 'For your profile:', markSeen: 'Mark as seen' },
  zh: { heading: '新的匹配', forProfile: '对应您的信息：', markSeen: '标记为已读' },
} satisfies Record<Language, Record<string, string>>;

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  await login(page, 'member');
}, 180_000);
afterAll(() => endJourney(journey));

describe('the digest of new matches on the dashboard', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s the demo member sees the Yakut request among its company\'s new matches', async (language) => {
    const text = texts[language];
    await navigate(page, '/');
    await switchLanguage(page, language);
    await settle(page);
    const digest = page.getByRole('region', { name: text.heading });
    await digest.getByRole('link', { name: 'Ищем ферментные препараты и кормовые добавки для животноводства Якутии' }).first().waitFor();
    expect(await digest.textContent()).toContain(text.forProfile);
    expect(await digest.getByRole('link', { name: '饲料用酶制剂与微生物饲料添加剂' }).count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page), 'dashboard with the digest').toEqual([]);
  });

  it('marks the new matches as seen, and they leave the dashboard', async () => {
    const digest = page.getByRole('region', { name: texts.zh.heading });
    await digest.getByRole('button', { name: texts.zh.markSeen }).click();
    await digest.waitFor({ state: 'detached' });
    await navigate(page, '/');
    await settle(page);
    expect(await page.getByRole('region', { name: texts.zh.heading }).count()).toBe(0);
  });
});
