import type { Page } from 'playwright-core';
import type { Language } from '../../../src/shared/languages';

/** Texts the journeys look for, per language; they must match src/web/i18n on purpose, not by import. */
export const expectedTexts = {
  ru: {
    navigation: 'Основная навигация',
    dashboard: 'Обзор',
    organizations: 'Организации',
    agreements: 'Соглашения',
    indicators: 'Показатели',
    users: 'Пользователи',
    audit: 'Журнал изменений',
    targets: 'Стратегические цели региона',
    userMenu: /^Меню пользователя /,
    logout: 'Выйти',
  },
  en: {
    navigation: 'Main navigation',
    dashboard: 'Dashboard',
    organizations: 'Organizations',
    agreements: 'Agreements',
    indicators: 'Indicators',
    users: 'Users',
    audit: 'Audit log',
    targets: 'Regional strategic targets',
    userMenu: /^User menu of /,
    logout: 'Sign out',
  },
  zh: {
    navigation: '主导航',
    dashboard: '概览',
    organizations: '组织',
    agreements: '协议',
    indicators: '指标',
    users: '用户',
    audit: '审计日志',
    targets: '地区战略目标',
    userMenu: / 的用户菜单$/,
    logout: '退出登录',
  },
} as const satisfies Record<Language, Record<string, string | RegExp>>;

export async function pageLanguage(page: Page): Promise<Language> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'ru' && lang !== 'en' && lang !== 'zh') throw new Error(`Unexpected html lang "${lang}"`);
  return lang;
}

/**
 * Uses the header's switcher, whatever language the page is in now. A signed-in choice is saved to
 * the profile in the background; it waits until the profile holds it, or the next page load would
 * read the previous language from the profile.
 */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  const switcher = page.getByRole('combobox', { name: /^(Язык интерфейса|Interface language|界面语言)$/ });
  await switcher.selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await page.waitForFunction(async (lang) => {
    const response = await fetch('/api/auth/me');
    const me = (await response.json()) as { user: { language: string } | null };
    return me.user === null || me.user.language === lang;
  }, language);
}
