import type { Page } from 'playwright-core';
import type { Language } from '../../../src/shared/languages';

/** Texts the journeys look for, per language; they must match src/web/i18n on purpose, not by import. */
export const expectedTexts = {
  ru: { languageLabel: 'Язык интерфейса', navigation: 'Основная навигация', dashboard: 'Обзор', organizations: 'Организации', agreements: 'Соглашения', indicators: 'Показатели', targets: 'Стратегические цели региона' },
  en: { languageLabel: 'Interface language', navigation: 'Main navigation', dashboard: 'Dashboard', organizations: 'Organizations', agreements: 'Agreements', indicators: 'Indicators', targets: 'Regional strategic targets' },
  zh: { languageLabel: '界面语言', navigation: '主导航', dashboard: '概览', organizations: '组织', agreements: '协议', indicators: '指标', targets: '地区战略目标' },
} as const satisfies Record<Language, Record<string, string>>;

/** Uses the header's switcher, whatever language the page is in now. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  const switcher = page.getByRole('combobox', { name: /^(Язык интерфейса|Interface language|界面语言)$/ });
  await switcher.selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}
