import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';
import { pressWhileItsCodeArrives } from './support/press';

const shots = '/tmp/shots-agreements';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    newAgreement: 'Новое соглашение', titleField: 'Название (рус.)', number: 'Номер', signedOn: 'Дата подписания', party: 'Организация', signatory: /^Подписант от/,
    obligation: 'Обязательство 1', due: 'Срок', responsible: 'Ответственный', submit: 'Зарегистрировать соглашение', roadmap: 'Дорожная карта',
    markDone: 'Отметить выполнение', evidenceUrl: 'Ссылка на подтверждение', done: 'Выполнено', planned: 'Запланировано', timeline: 'Шкала времени', health: 'Состояние дорожной карты',
    deadlines: 'Сроки по дорожным картам', title: 'Соглашение о совместной лаборатории биоматериалов', item: 'Открыть совместную лабораторию',
  },
  en: {
    newAgreement: 'New agreement', titleField: 'Title (English)', number: 'Number', signedOn: 'Signed on', party: 'Organization', signatory: /^Signatory for/,
    obligation: 'Obligation 1', due: 'Due', responsible: 'Responsible', submit: 'Register the agreement', roadmap: 'Roadmap',
    markDone: 'Mark done', evidenceUrl: 'Link to the evidence', done: 'Done', planned: 'Planned', timeline: 'Timeline', health: 'Roadmap health',
    deadlines: 'Roadmap deadlines', title: 'Memorandum on a joint biomaterials laboratory', item: 'Open the joint laboratory',
  },
  zh: {
    newAgreement: '新建协议', titleField: '标题（中文）', number: '编号', signedOn: '签署日期', party: '组织', signatory: /的签署人$/,
    obligation: '义务 1', due: '期限', responsible: '负责方', submit: '登记协议', roadmap: '路线图',
    markDone: '标记完成', evidenceUrl: '证明链接', done: '已完成', planned: '计划中', timeline: '时间轴', health: '路线图执行状况',
    deadlines: '路线图期限', title: '关于联合生物材料实验室的备忘录', item: '开设联合实验室',
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function pickOrganization(label: string, search: string, option: RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

describe('agreements and their roadmaps', () => {
  it('the dashboard shows the demo roadmap\'s overdue obligations, and the demo agreement its health and rule', async () => {
    await navigate(page, '/');
    const deadlines = page.getByRole('region', { name: texts.ru.deadlines });
    await deadlines.waitFor();
    expect(await deadlines.textContent()).toContain('просрочено на');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('dashboard-ru');
  });

  it.each(['ru', 'en', 'zh'] as const)('in %s a coordinator registers an agreement with a roadmap, then marks its step done with evidence', async (language) => {
    const text = texts[language];
    await navigate(page, '/agreements');
    await switchLanguage(page, language);
    await settle(page);
    await page.getByRole('link', { name: text.newAgreement }).click();
    await settle(page);
    await page.getByLabel(text.titleField, { exact: true }).fill(text.title);
    await page.getByLabel(text.number, { exact: true }).fill(`E2E-${language}`);
    await page.getByLabel(text.signedOn, { exact: true }).fill(day(-30));
    await pickOrganization(`${text.party} 1`, 'Project Management Center', /Центр управления проектами|Project Management Center|项目管理中心/);
    await pickOrganization(`${text.party} 2`, 'Great Stone', /Великий камень|Great Stone|中白工业园/);
    await page.getByRole('combobox', { name: text.signatory }).first().click();
    await page.getByRole('option', { name: /Колганов|Kolganov|科尔加诺夫/ }).click();
    await page.getByLabel(text.obligation, { exact: true }).fill(text.item);
    await page.getByLabel(text.due, { exact: true }).fill(day(60));
    await page.getByRole('combobox', { name: text.responsible, exact: true }).click();
    await page.getByRole('option', { name: /Великий камень|Great Stone|中白工业园/ }).click();
    expect(await findAccessibilityViolations(page), 'form').toEqual([]);
    await shoot(`new-agreement-${language}`);
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await settle(page);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.title);
    const roadmap = page.getByRole('region', { name: text.roadmap, exact: true });
    const row = roadmap.getByRole('row').filter({ hasText: text.item });
    expect(await row.getByText(text.planned).count()).toBe(1);
    expect(await page.getByText(/Колганов|Kolganov|科尔加诺夫/).count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page), 'agreement page').toEqual([]);

    await row.getByRole('button', { name: new RegExp(text.markDone) }).click();
    const dialog = page.getByRole('dialog', { name: text.markDone });
    await dialog.waitFor();
    // Axe measures colours: wait until the dialog has faded in.
    await page.waitForFunction(() => [...document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')].every((el) => getComputedStyle(el).opacity === '1'));
    await dialog.getByLabel(text.evidenceUrl).fill('https://example.org/lab-opening');
    expect(await findAccessibilityViolations(page), 'report dialog').toEqual([]);
    await dialog.getByRole('button', { name: text.markDone }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    expect(await row.getByText(text.done, { exact: true }).count()).toBe(1);
    expect(await row.getByRole('link', { name: 'https://example.org/lab-opening' }).count()).toBe(1);
    await page.getByText(text.timeline, { exact: true }).click();
    expect(await findAccessibilityViolations(page), 'timeline').toEqual([]);
    await shoot(`agreement-${language}`);
  });

  it('a coordinator edits the agreement: the form comes filled in, and a validity ending before its start is refused', async () => {
    await switchLanguage(page, 'ru');
    await navigate(page, '/agreements?q=E2E-ru');
    await page.getByRole('link', { name: texts.ru.title }).click();
    await settle(page);
    await page.getByRole('link', { name: 'Изменить соглашение' }).click();
    await settle(page);
    expect(await page.getByLabel('Название (рус.)', { exact: true }).inputValue()).toBe(texts.ru.title);
    await page.getByLabel('Действует с', { exact: true }).fill(day(10));
    await page.getByLabel('Действует по (пусто — бессрочно)', { exact: true }).fill(day(5));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Даты идут не по порядку' });
    await alert.waitFor();
    expect(await findAccessibilityViolations(page), 'edit form with the error').toEqual([]);
    await page.getByLabel('Действует по (пусто — бессрочно)', { exact: true }).fill(day(400));
    await page.getByLabel('Номер', { exact: true }).fill('E2E-ru-2');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await settle(page);
    expect(await page.getByText('№ E2E-ru-2').count()).toBeGreaterThan(0);
    await shoot('agreement-edited-ru');
  });

  it('the list filters by health and reads well on a phone', async () => {
    await switchLanguage(page, 'ru');
    await navigate(page, '/agreements');
    // The filter's list opens even when its code arrives while the pointer is still down.
    await pressWhileItsCodeArrives(page, page.getByRole('combobox', { name: 'Состояние', exact: true }), page.getByRole('listbox'));
    await page.getByRole('option', { name: 'Есть риски' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('health')).toBe('amber');
    await settle(page);
    expect(await page.getByRole('link', { name: /Великий камень/ }).count()).toBe(1);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await navigate(page, '/agreements');
      expect(await findAccessibilityViolations(page), `list at ${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    }
    await shoot('list-360-ru');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a personal deadline calendar is created, its URL shown once and working, then revoked', async () => {
    await navigate(page, '/agreements');
    await page.getByRole('button', { name: 'Мой календарь сроков' }).click();
    const shown = page.getByRole('dialog', { name: 'Календарь сроков' });
    await shown.waitFor();
    const url = await shown.getByLabel('Адрес календаря').inputValue();
    expect(url).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    expect((await page.request.get(url)).headers()['content-type']).toContain('text/calendar');
    await page.keyboard.press('Escape');
    await shown.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Мои календари' }).click();
    const feeds = page.getByRole('dialog', { name: 'Мои календари' });
    await feeds.getByRole('button', { name: 'Отключить календарь «Все мои сроки»' }).click();
    await feeds.getByText('Календарей пока нет.').waitFor();
    expect(await findAccessibilityViolations(page), 'feeds dialog').toEqual([]);
    expect((await page.request.get(url)).status()).toBe(404);
  });

  it('a coordinator edits a roadmap step; a deadline before the signature is refused in words', async () => {
    await navigate(page, '/agreements?q=E2E-en');
    await page.getByRole('link', { name: texts.en.title }).click();
    await settle(page);
    await page.getByRole('button', { name: `Изменить: ${texts.en.item}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Изменить обязательство' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Срок/).fill(day(-400));
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('Даты идут не по порядку: окончание раньше начала или срок раньше подписания.').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.mantine-Modal-content')].every((el) => getComputedStyle(el).opacity === '1'));
    expect(await findAccessibilityViolations(page), 'edit dialog with the error').toEqual([]);
    await dialog.getByLabel(/^Срок/).fill(day(90));
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    const row = page.getByRole('region', { name: 'Дорожная карта: Таблица' }).getByRole('row').filter({ hasText: texts.en.item });
    expect(await row.textContent()).toContain(String(new Date(`${day(90)}T00:00:00Z`).getUTCFullYear()));
  });
});
