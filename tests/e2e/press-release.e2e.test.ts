import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-press-release';
const brief = readFileSync(new URL('../../bench/press-release/source-article.ru.txt', import.meta.url), 'utf8');
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { title: /^Название\s*\*?$/, open: 'Из пресс-релиза', text: 'Текст пресс-релиза', read: 'Разобрать', found: 'Найдено соглашений: 2', draft: 'Проект соглашения', include: 'Создать это соглашение', accept: 'Создать соглашения', party: /^Сторона 2:/, createNew: /^Создать новую организацию/, noAgreement: 'В тексте не найдено сообщение о подписанном соглашении.' },
  en: { title: /^Title\s*\*?$/, open: 'From a press release', text: 'Press release text', read: 'Read the text', found: 'Agreements found: 2', draft: 'Draft agreement', include: 'Create this agreement', accept: 'Create the agreements', party: /^Party 2:/, createNew: /^Create a new organization/, noAgreement: 'No signed agreement is reported in this text.' },
  zh: { title: /^名称\s*\*?$/, open: '从新闻稿创建', text: '新闻稿文本', read: '解析文本', found: '发现协议：2 份', draft: '协议草案', include: '创建此协议', accept: '创建协议', party: /^协议方 2：/, createNew: /^新建组织/, noAgreement: '文本中未发现已签署协议的报道。' },
} satisfies Record<Language, Record<string, string | RegExp>>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

async function readBrief(language: Language) {
  const text = texts[language];
  await navigate(page, '/agreements');
  await switchLanguage(page, language);
  await settle(page);
  await page.getByRole('link', { name: text.open }).click();
  await settle(page);
  await page.getByLabel(text.text).fill(brief);
  await page.getByRole('button', { name: text.read }).click();
  await page.getByText(text.found).waitFor();
}

describe('an agreement from a press release', () => {
  it.each(['ru', 'zh', 'en'] as const)('in %s a coordinator pastes the brief, reviews the two drafts beside the text and accepts the first', async (language) => {
    const text = texts[language];
    await readBrief(language);
    // The text with what was read from it: both parks, both signatories, the directions.
    for (const fragment of ['Евгений Колганов', 'Александр Ярошенко', 'биотехнологии', 'Парком высоких технологий Республики Беларусь']) {
      expect(await page.locator('mark').filter({ hasText: fragment }).count(), fragment).toBeGreaterThan(0);
    }
    const first = page.getByRole('region', { name: `${text.draft} 1` });
    const second = page.getByRole('region', { name: `${text.draft} 2` });
    expect(await first.getByRole('textbox', { name: text.title }).inputValue()).toMatch(/^Соглашение о сотрудничестве: ЦУП НОЦ «Север» — Индустриальный парк «Великий камень»$/);
    expect(await second.getByRole('textbox', { name: text.title }).inputValue()).toMatch(/Правительство РС\(Я\) — Парк высоких технологий/);
    expect(await findAccessibilityViolations(page), 'review').toEqual([]);
    await page.screenshot({ path: `${shots}/review-${language}.png`, fullPage: true });

    if (language === 'en') {
      // The registry match is switchable: the second party becomes a new organization (last, so the
      // other languages read the brief against the demo registry as it was).
      await first.getByRole('combobox', { name: text.party }).click();
      await page.getByRole('option', { name: text.createNew }).click();
    }
    await second.getByLabel(text.include).uncheck();
    await page.getByRole('button', { name: text.accept }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await settle(page);
    expect(await page.getByText(/Колганов|Kolganov|科尔加诺夫/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/Ярошенко|Yaroshenko|亚罗申科/).count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page), 'accepted agreement').toEqual([]);
    await page.screenshot({ path: `${shots}/accepted-${language}.png`, fullPage: true });
  });

  it('offers the brief as an example and fits a phone\'s width', async () => {
    await switchLanguage(page, 'ru');
    await page.setViewportSize({ width: 360, height: 800 });
    await navigate(page, '/agreements/from-text');
    await page.getByRole('button', { name: 'Вставить пример: визит в Беларусь' }).click();
    expect(await page.getByLabel(texts.ru.text).inputValue()).toBe(brief.trim());
    await page.getByRole('button', { name: texts.ru.read }).click();
    await page.getByText(texts.ru.found).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-360-ru.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says so when the text reports no agreement', async () => {
    await switchLanguage(page, 'ru');
    await navigate(page, '/agreements/from-text');
    await page.getByLabel(texts.ru.text).fill('В Якутске прошел форум «Кадры для Арктики». Участники обсудили подготовку инженеров.');
    await page.getByRole('button', { name: texts.ru.read }).click();
    await page.getByText(texts.ru.noAgreement).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
