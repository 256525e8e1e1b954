import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { tabTo } from './support/keyboard';
import { switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;
const shots = '/tmp/shots';

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  mkdirSync(shots, { recursive: true });
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

describe('search', () => {
  it('shows instant results in the header box and opens the full results on Enter', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    const box = page.getByRole('textbox', { name: 'Search the registry' });
    await box.fill('Velikiy Kamen');
    const option = page.getByRole('option', { name: /Great Stone|Великий камень/ }).first();
    await option.waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=Velikiy/);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('article').first().textContent()).toMatch(/Great Stone|Великий камень/);
  });

  for (const [language, query, heading] of [['ru', 'биотехнологии', 'Организации'], ['en', 'biotechnology', 'Organizations'], ['zh', '生物技术', '组织']] as const) {
    it(`finds the biotech residents from ${language}, with facets and highlighted words`, async () => {
      await navigate(page, '/');
      await switchLanguage(page, language);
      await navigate(page, `/search?q=${encodeURIComponent(query)}`);
      const title = page.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) });
      await title.waitFor();
      const total = Number(/(\d+)/.exec((await title.textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(10);
      expect(await page.getByRole('article').count()).toBeGreaterThan(5);
      expect(await page.locator('mark').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${shots}/search-${language}.png`, fullPage: true });
      expect(await findAccessibilityViolations(page)).toEqual([]);
    });
  }

  // Every demo company's description calls it a company; one name holds the word (ADR 041).
  const broadTexts = {
    ru: { note: /^Запрос очень широкий: сначала организации/, rest: 'Остальные совпадения, без упорядочения', none: /^Запрос очень широкий: результаты не упорядочены/ },
    en: { note: /^A very broad query: organizations whose names/, rest: 'Other matches, in no particular order', none: /^A very broad query: the results are not ordered/ },
    zh: { note: /^查询范围很广：名称中包含/, rest: '其他匹配结果，未排序', none: /^查询范围很广：结果未按相关度排序/ },
  } as const;
  for (const language of ['ru', 'en', 'zh'] as const) {
    it(`says in ${language} when a query is too broad to rank every hit, and where the ranked names end`, async () => {
      await navigate(page, '/');
      await switchLanguage(page, language);
      await navigate(page, '/search?q=company');
      const note = page.getByRole('note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(broadTexts[language].note);
      const articles = page.getByRole('article');
      expect(await articles.count()).toBe(20);
      // The one company named so comes first, then the divider, then the rest.
      const first = (await articles.first().innerText()).split('\n')[0]!;
      expect(first).toMatch(/compan|компани|公司/i);
      expect(await page.getByText(broadTexts[language].rest, { exact: true }).count()).toBe(1);
      const shown = await page.locator('main').innerText();
      expect(shown.indexOf(broadTexts[language].rest)).toBeGreaterThan(shown.indexOf(first));
      await page.screenshot({ path: `${shots}/search-broad-${language}.png`, fullPage: false });
      expect(await findAccessibilityViolations(page)).toEqual([]);

      // No name holds this word: nothing is ranked, and the note says so, without a divider.
      await navigate(page, '/search?q=fictitious');
      await page.getByRole('note').filter({ hasText: broadTexts[language].none }).waitFor();
      expect(await page.getByText(broadTexts[language].rest, { exact: true }).count()).toBe(0);
    });
  }

  it('narrows by a facet and clears it again', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    await navigate(page, `/search?q=biotechnology`);
    const countries = page.getByRole('region', { name: 'Countries' });
    const china = countries.getByRole('button', { name: /China/ });
    const expected = Number(((await china.textContent()) ?? '').replace(/\D/g, ''));
    await china.click();
    await page.waitForURL(/country=CN/);
    await page.getByRole('heading', { level: 2, name: `Organizations: ${expected}` }).waitFor();
    await page.getByRole('region', { name: 'Countries' }).getByRole('button', { name: /China/ }).click();
    await page.waitForURL((url) => !url.search.includes('country='));
  });

  it('works with the keyboard alone: the header box, an instant result, the full results and a hit', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    await tabTo(page, /^Search the registry$/, 15);
    await page.keyboard.type('Velikiy Kamen');
    await page.getByRole('option', { name: /Great Stone|Великий камень/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-combobox-selected]').textContent()).toMatch(/Great Stone|Великий камень/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /Great Stone|Великий камень/ }).waitFor();

    await navigate(page, '/');
    await tabTo(page, /^Search the registry$/, 15);
    await page.keyboard.type('biotechnology');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=biotechnology/);
    await page.getByRole('article').first().waitFor();
    // Past the page's own box and the facets to the first hit, every stop with a visible focus.
    const stops = await tabTo(page, (stop) => stop.inArticle && stop.tag === 'a', 80);
    const hit = stops.at(-1)?.label ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: hit }).waitFor();
  });
});
