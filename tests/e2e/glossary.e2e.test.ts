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
const shots = '/tmp/shots-glossary';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

/** Texts the journey looks for; they must match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { title: 'Глоссарий подбора партнёров', search: 'Поиск', query: 'биореактор', shipped: 'биореактор' },
  en: { title: 'Matching glossary', search: 'Search', query: 'bioreactor', shipped: 'fermenter' },
  zh: { title: '匹配术语表', search: '搜索', query: '生物反应器', shipped: '发酵罐' },
} as const satisfies Record<Language, Record<string, string>>;

const synonym = '细胞扩增罐';
const table = () => page.getByRole('region', { name: /^(Понятия глоссария|Glossary concepts|术语表概念)$/ });

async function search(query: string) {
  await page.getByRole('searchbox').fill(query);
  await settle(page);
  await expect.poll(() => table().innerText(), { timeout: 15_000 }).toContain('biotech:bioreactor');
}

describe('the matching glossary page', () => {
  it('a coordinator adds a Chinese synonym to a concept and finds the concept by it', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Glossary' }));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Matching glossary');
    await search('bioreactor');

    await page.getByRole('button', { name: 'Add term: bioreactor' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('中文', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Add term' }).click();
    expect(await dialog.getByText('Required.', { exact: true }).count()).toBe(1);
    await dialog.getByLabel(/^Term — 中文/).fill(synonym);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/add-term-en.png` });
    await dialog.getByRole('button', { name: 'Add term' }).click();
    await dialog.waitFor({ state: 'detached' });

    await search(synonym);
    const row = table().getByRole('row').filter({ hasText: 'biotech:bioreactor' });
    expect(await row.innerText()).toMatch(new RegExp(`${synonym}[\\s\\S]*\\(added\\)`));
    expect(await row.getByRole('button', { name: `Remove the term “${synonym}”` }).count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/added-en.png`, fullPage: true });
  });

  it('refuses a term the glossary already has, with the reason in the page’s language', async () => {
    await page.getByRole('button', { name: 'New concept' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Term — Русский/).fill('ферментер');
    await dialog.getByLabel(/^Term — English/).fill('fermenter vessel');
    await dialog.getByLabel(/^Term — 中文/).fill('发酵罐');
    await dialog.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('This term is already in the glossary.');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it.each(['ru', 'zh', 'en'] as const)('reads in %s with no accessibility violations', async (language) => {
    await navigate(page, '/admin/glossary');
    await switchLanguage(page, language);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(texts[language].title);
    await page.getByRole('searchbox', { name: texts[language].search }).fill(texts[language].query);
    await settle(page);
    await expect.poll(() => table().innerText(), { timeout: 15_000 }).toContain(texts[language].shipped);
    expect(await table().innerText()).toContain(synonym);
    expect(await page.locator('body').innerText()).not.toMatch(/\bglossary\.[a-zA-Z]+\b/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/glossary-${language}.png`, fullPage: true });
  });

  it('removes the added term again', async () => {
    await search(synonym);
    await page.getByRole('button', { name: `Remove the term “${synonym}”` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await settle(page);
    await expect.poll(() => table().innerText(), { timeout: 15_000 }).not.toContain(synonym);
  });
});
