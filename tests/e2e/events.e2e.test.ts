import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-events';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n and the demo world on purpose, not by import. */
const texts = {
  ru: {
    brokerage: 'Биржа контактов «Великий камень — ПВТ — Якутия»', visit: 'Официальный визит делегации Республики Саха (Якутия) в Республику Беларусь',
    open: 'Биржа контактов: встречи один на один', requestWith: 'С кем встретиться', send: 'Отправить запрос', sent: 'Запрос отправлен', accept: /^Принять: /, decline: /^Отклонить: /,
    answered: /Встреча принята|Запрос отклонён/, outgoing: 'Мои запросы', pending: 'Ждёт ответа', download: 'Скачать расписание (ICS)', summary: 'Встреча: ',
    outcomes: 'Итоги', agreements: 'Подписанные соглашения', followUps: 'Поручения по итогам', calendar: 'Календарь',
  },
  en: {
    brokerage: 'Brokerage session “Great Stone — Hi-Tech Park — Yakutia”', visit: 'Official visit of the delegation of the Republic of Sakha (Yakutia) to the Republic of Belarus',
    open: 'Brokerage session: one-to-one meetings', requestWith: 'Meet with', send: 'Send the request', sent: 'Request sent', accept: /^Accept: /, decline: /^Decline: /,
    answered: /Meeting accepted|Request declined/, outgoing: 'My requests', pending: 'Awaiting answer', download: 'Download the schedule (ICS)', summary: 'Meeting: ',
    outcomes: 'Outcomes', agreements: 'Agreements signed', followUps: 'Follow-up tasks', calendar: 'Calendar',
  },
  zh: {
    brokerage: '“巨石—高科技园—雅库特”对接会', visit: '萨哈（雅库特）共和国代表团对白俄罗斯共和国的正式访问',
    open: '对接会：一对一会谈', requestWith: '会谈对象', send: '发送请求', sent: '请求已发送', accept: /^接受: /, decline: /^拒绝: /,
    answered: /已接受会谈|已拒绝请求/, outgoing: '我的请求', pending: '待答复', download: '下载日程（ICS）', summary: '会谈: ',
    outcomes: '成果', agreements: '签署的协议', followUps: '后续任务', calendar: '日历',
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'member');
});
afterAll(() => endJourney(journey));

describe('events and brokerage', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s a brokerage participant books a meeting, answers one, and downloads the schedule', async (language) => {
    const text = texts[language];
    await navigate(page, '/events');
    await switchLanguage(page, language);
    await settle(page);
    await followLink(page, page.getByRole('link', { name: text.brokerage, exact: true }));
    await followLink(page, page.getByRole('link', { name: text.open }));

    // Book: the first participant not asked yet.
    const outgoing = page.getByRole('listitem').filter({ hasText: text.pending });
    const pendingBefore = await outgoing.count();
    await page.getByLabel(text.requestWith, { exact: true }).first().click();
    const option = page.getByRole('listbox').getByRole('option').first();
    const partner = (await option.textContent())!.trim();
    await option.click();
    await page.getByRole('button', { name: text.send }).click();
    await page.getByText(text.sent).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await outgoing.count()).toBe(pendingBefore + 1);
    expect(await page.getByRole('listitem').filter({ hasText: partner }).count()).toBeGreaterThan(0);

    // Answer a meeting offered: the demo world holds two waiting, the first two languages answer them.
    const accept = page.getByRole('button', { name: text.accept }).first();
    if (language !== 'zh') {
      await (language === 'ru' ? accept : page.getByRole('button', { name: text.decline }).first()).click();
      await page.getByText(text.answered).first().waitFor();
      await page.waitForLoadState('networkidle');
    } else {
      expect(await accept.count()).toBe(0);
    }

    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`brokerage-${language}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: text.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^schedule-[0-9a-f]{8}\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(3);
    expect(ics).toContain(`SUMMARY:${text.summary}`);
  });

  it.each(['ru', 'en', 'zh'] as const)('in %s the official visit shows its agenda, delegation and outcomes; the calendar shows the month', async (language) => {
    const text = texts[language];
    await navigate(page, '/events');
    await switchLanguage(page, language);
    await settle(page);
    await followLink(page, page.getByRole('link', { name: text.visit, exact: true }));
    await page.getByRole('heading', { name: text.outcomes }).waitFor();
    await page.getByRole('heading', { name: text.agreements }).waitFor();
    expect(await page.getByRole('link', { name: /Великий камень|Great Stone|巨石|中白/ }).count()).toBeGreaterThan(0);
    expect(await page.getByText('NB-DEMO-2025-001', { exact: false }).count()).toBe(1);
    expect(await page.getByText('NB-DEMO-2025-002', { exact: false }).count()).toBe(1);
    await page.getByRole('heading', { name: text.followUps }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`visit-${language}`);

    // The demo brokerage session is three weeks ahead of the day the world was seeded.
    const month = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 7);
    await navigate(page, `/events?view=calendar&month=${month}`);
    expect(await page.getByRole('radio', { name: text.calendar }).isChecked()).toBe(true);
    await page.getByRole('link', { name: text.brokerage, exact: true }).first().waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`calendar-${language}`);
  });

  it('the park manager of the organizing park runs the scheduler over the new acceptances and publishes', async () => {
    await logout(page);
    await login(page, 'park_manager');
    await navigate(page, '/events');
    await switchLanguage(page, 'ru');
    await settle(page);
    await followLink(page, page.getByRole('link', { name: texts.ru.brokerage, exact: true }));
    await followLink(page, page.getByRole('link', { name: texts.ru.open }));
    await page.getByText(/^Опубликовано /).waitFor();
    await page.getByRole('button', { name: 'Составить расписание' }).click();
    await page.getByText(/^Назначено встреч: \d+, не поместилось: \d+$/).waitFor();
    await page.getByText(/^Черновик от /).waitFor();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText(/^Опубликовано /).waitFor();
    // The personal schedule is read again and no longer says it waits for publication.
    await page.getByText('Расписание ещё не опубликовано.').waitFor({ state: 'detached' });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('brokerage-manager-ru');
  });

  it('works at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await navigate(page, '/events');
    await followLink(page, page.getByRole('link', { name: texts.ru.brokerage, exact: true }));
    await followLink(page, page.getByRole('link', { name: texts.ru.open }));
    await shoot('brokerage-manager-ru-360');
    // Nothing sticks out of the page, except inside the regions that scroll sideways on their own.
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('[role="region"]') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5).map((e) => `${e.tagName}.${e.className}`.slice(0, 120)));
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
