import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;
const shots = '/tmp/shots-taxonomy';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'admin');
});
afterAll(() => endJourney(journey));

/** Texts the journey looks for; they must match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { title: 'Направления', search: 'Поиск', required: 'Обязательное поле.', gameDevelopment: 'Разработка игр', inUse: 'Направление используют организации или соглашения; отключите его вместо удаления.' },
  en: { title: 'Directions', search: 'Search', required: 'Required.', gameDevelopment: 'Game development', inUse: 'Organizations or agreements use this direction; deactivate it instead of deleting.' },
  zh: { title: '方向', search: '搜索', required: '必填。', gameDevelopment: '游戏开发', inUse: '有组织或协议正在使用此方向，请停用而不是删除。' },
} as const satisfies Record<Language, Record<string, string>>;

const tree = () => page.getByRole('list', { name: /^(Дерево направлений|Direction tree|方向树)$/ });

/** Whatever sticks out of a narrow screen, named so that a failure says where to look. */
function elementsWiderThanTheScreen() {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().split(' ')[0]}: ${element.textContent?.slice(0, 40)}`),
  );
}

async function filter(query: string) {
  await page.getByRole('searchbox').fill(query);
  await settle(page);
}

describe('the direction taxonomy page', () => {
  it('an admin finds it under Administration, filters the tree and adds a subdirection with three names', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Directions' }));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Directions');
    await expect.poll(() => tree().locator(':scope > li').count()).toBeGreaterThanOrEqual(15); // the top-level branches

    await filter('game');
    const treeText = await tree().innerText();
    expect(treeText).toContain('Game development');
    expect(treeText).toContain('Creative industries'); // the ancestor that leads to the match
    expect(treeText).not.toContain('Diamond mining');

    await page.getByRole('button', { name: 'Actions for Game development' }).click();
    await page.getByRole('menuitem', { name: 'Add subdirection' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Parent direction', { exact: true }).inputValue()).toContain('Game development');
    await dialog.getByLabel(/^Code/).fill('vr_games');
    await dialog.getByLabel(/^Name — Русский/).fill('VR-игры');
    await dialog.getByLabel(/^Name — English/).fill('VR games');
    await dialog.getByLabel(/^Field of science/).click();
    await page.getByRole('option', { name: /^1\.02 / }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    // Without the Chinese name nothing is sent, and the field says why in the page's language.
    const chinese = dialog.getByLabel(/^Name — 中文/);
    expect(await chinese.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByText('Required.', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: `${shots}/form-missing-zh-en.png` });
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await chinese.fill('虚拟现实游戏');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    const child = tree().locator('li[data-direction-code="game_development"] li[data-direction-code="vr_games"]');
    expect(await child.innerText()).toMatch(/VR games[\s\S]*vr_games[\s\S]*FORD 1\.02/);
  });

  it('a direction in use cannot be deleted, and the server’s reason is shown in the page’s language', async () => {
    await filter('software development');
    await page.getByRole('button', { name: 'Actions for Software development' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(texts.en.inUse);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it.each(['ru', 'zh', 'en'] as const)('reads in %s with no accessibility violations, also at 360 px', async (language) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await navigate(page, '/admin/taxonomy');
    await switchLanguage(page, language);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(texts[language].title);
    await page.getByRole('searchbox', { name: texts[language].search }).fill(language === 'zh' ? '游戏' : language === 'ru' ? 'игр' : 'game');
    expect(await tree().innerText()).toContain(texts[language].gameDevelopment);
    expect(await page.locator('body').innerText()).not.toMatch(/\btaxonomy\.[a-zA-Z]+\b/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/taxonomy-${language}.png`, fullPage: true });

    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: /^(Развернуть все|Expand all|全部展开)$/ }).click();
    await page.setViewportSize({ width: 360, height: 780 });
    // The layout follows the resize over a frame or two (the shell's media queries re-render it).
    await expect.poll(elementsWiderThanTheScreen, { timeout: 5_000 }).toEqual([]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/taxonomy-360-${language}.png` });

    await page.getByRole('button', { name: /^(Новое направление|New direction|新建方向)$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^(Создать|Create|创建)$/ }).click();
    expect(await page.getByRole('dialog').getByText(texts[language].required, { exact: true }).count()).toBe(5); // code, three names, FORD
    await page.screenshot({ path: `${shots}/form-empty-360-${language}.png` });
    await page.keyboard.press('Escape');
  });
});
