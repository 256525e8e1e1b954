import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-infrastructure';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    title: 'Инфраструктура для инвесторов', type: 'Тип объекта', warehouse: 'Склад', areaMin: 'Площадь от, м²', found: /Найдено объектов: \d+/, foundOne: 'Найдено объектов: 1', map: 'Карта объектов',
    object: 'Логистический склад класса А № 1', contactName: 'Контактное лицо', email: 'Электронная почта', message: 'Сообщение', consent: /согласен/, ask: 'Отправить запрос', sent: /Запрос отправлен/,
    requests: 'Заявки инвесторов', answer: 'Ответ инвестору', propose: 'Предложить объекты', respond: 'Ответить и предложить варианты', inProgress: 'В работе', occupancy: /^Площадь по месяцам: \d{4}-\d{2}: Свободен/,
  },
  en: {
    title: 'Infrastructure for investors', type: 'Type of object', warehouse: 'Warehouse', areaMin: 'Area from, m²', found: /Objects found: \d+/, foundOne: 'Objects found: 1', map: 'Map of objects',
    object: 'Class A logistics warehouse No. 1', contactName: 'Contact person', email: 'Email', message: 'Message', consent: /I agree/, ask: 'Send the request', sent: /Request sent/,
    requests: 'Investor requests', answer: 'Answer to the investor', propose: 'Propose objects', respond: 'Answer and propose options', inProgress: 'In progress', occupancy: /^Area by month: \d{4}-\d{2}: Available/,
  },
  zh: {
    title: '面向投资者的基础设施', type: '设施类型', warehouse: '仓库', areaMin: '面积下限，平方米', found: /找到设施：\d+/, foundOne: '找到设施：1', map: '设施地图',
    object: '1号A级物流仓库', contactName: '联系人', email: '电子邮箱', message: '留言', consent: /我同意/, ask: '发送申请', sent: /申请已发送/,
    requests: '投资者申请', answer: '给投资者的答复', propose: '推荐设施', respond: '答复并推荐方案', inProgress: '处理中', occupancy: /^按月面积：\d{4}-\d{2}: 空置/,
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

const investor = (language: Language) => `E2E Investor ${language}`;

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
});
afterAll(() => endJourney(journey));

describe('the infrastructure offer and investors\' requests', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s an anonymous investor filters the catalog, sees the map and sends a request', async (language) => {
    const text = texts[language];
    await navigate(page, '/catalog/infrastructure');
    await switchLanguage(page, language);
    await settle(page);
    await page.getByRole('heading', { name: text.title, level: 1 }).waitFor();
    const all = Number((await page.getByText(text.found).textContent())?.match(/\d+/)?.[0]);
    await page.getByRole('combobox', { name: text.type, exact: true }).click();
    await page.getByRole('option', { name: text.warehouse, exact: true }).click();
    await page.getByLabel(text.areaMin, { exact: true }).fill('10000');
    await page.waitForURL(/type=warehouse.*areaMin=10000|areaMin=10000.*type=warehouse/);
    await page.getByText(text.foundOne, { exact: true }).waitFor();
    await settle(page);
    expect(all).toBeGreaterThan(1);
    // The map draws its markers without any tile server.
    await page.getByRole('img', { name: new RegExp(`^${language === 'ru' ? 'Карта' : language === 'en' ? 'Map' : '地图'}`) }).waitFor();
    expect(await page.locator('[data-testid="infrastructure-map"] svg path').count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`catalog-${language}`);

    await followLink(page, page.getByRole('link', { name: text.object }));
    await page.getByRole('textbox', { name: text.contactName }).fill(investor(language));
    await page.getByRole('textbox', { name: text.email }).fill(`investor-${language}@example.org`);
    await page.getByRole('textbox', { name: text.message }).fill('Bonded warehouse for 6,000 m² from spring 2027.');
    await page.getByRole('checkbox', { name: text.consent }).check();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.ask }).click();
    await page.getByText(text.sent).waitFor();
    await shoot(`object-request-sent-${language}`);
  });

  it.each(['ru', 'en', 'zh'] as const)('in %s the park manager answers a request, proposing catalog objects', async (language) => {
    const text = texts[language];
    if (language === 'ru') await login(page, 'park_manager');
    await navigate(page, '/infrastructure?tab=requests');
    await switchLanguage(page, language);
    await settle(page);
    await followLink(page, page.getByRole('row', { name: new RegExp(investor(language)) }).getByRole('link'));
    await page.getByRole('textbox', { name: text.answer }).fill(`Answer ${language}: the hotel and the warehouse are free.`);
    await page.getByLabel(text.propose).filter({ visible: true }).click();
    await page.getByRole('option', { name: new RegExp(text.object) }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: text.respond }).click();
    await page.getByText(`Answer ${language}: the hotel and the warehouse are free.`).waitFor();
    await page.getByText(text.inProgress, { exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: text.object }).count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`request-answered-${language}`);

    await navigate(page, '/infrastructure?tab=occupancy');
    await page.getByRole('img', { name: text.occupancy }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`occupancy-${language}`);
  });

  it('works at 360 px: the catalog and its map fit the screen', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await navigate(page, '/catalog/infrastructure');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('catalog-360');
  });
});
