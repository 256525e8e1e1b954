import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import type { Role } from '../../src/shared/roles';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { pageLanguage, switchLanguage } from './support/languages';

const shots = '/tmp/shots-portfolio';
let journey: Journey;
let page: Page;
let projectId: string;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    project: 'Ветеринарные биопрепараты', year: 'Год', quarter: 'Квартал', rag: 'Статус проекта', red: 'Критично', justification: 'Обоснование статуса', send: 'Отправить',
    comment: 'Что исправить', returnIt: 'Вернуть', approve: 'Утвердить', resubmit: 'Представить снова', returned: 'Возвращён', approved: 'Утверждён', submitted: 'На проверке',
    first: 'Доклинические испытания отстают на два месяца.', remark: 'Укажите новый срок опытной партии.', fixed: 'Доклинические испытания отстают на два месяца; опытная партия переносится на март.',
    effect: 'Влияние на показатели', uncovered: /покрытие результатами/,
  },
  en: {
    project: 'Veterinary biologics', year: 'Year', quarter: 'Quarter', rag: 'Project status', red: 'Critical', justification: 'Why this status', send: 'Send',
    comment: 'What to fix', returnIt: 'Return', approve: 'Approve', resubmit: 'Submit again', returned: 'Returned', approved: 'Approved', submitted: 'Under review',
    first: 'Preclinical trials are two months behind.', remark: 'Give the new date of the pilot batch.', fixed: 'Preclinical trials are two months behind; the pilot batch moves to March.',
    effect: 'Effect on indicators', uncovered: /covered by results/,
  },
  zh: {
    project: '兽用生物制剂', year: '年份', quarter: '季度', rag: '项目状态', red: '严重', justification: '状态说明', send: '发送',
    comment: '需要修改的内容', returnIt: '退回', approve: '批准', resubmit: '重新提交', returned: '已退回', approved: '已批准', submitted: '审核中',
    first: '临床前试验落后两个月。', remark: '请给出试生产批次的新日期。', fixed: '临床前试验落后两个月；试生产批次推迟到三月。',
    effect: '对指标的影响', uncovered: /成果覆盖率/,
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

/** Each language reports on its own ended quarter: the latest, and two the demo world left without a report. */
function quarterFor(language: Language) {
  const back = { ru: 0, en: 3, zh: 4 }[language];
  const now = new Date();
  let year = now.getUTCFullYear();
  let index = Math.floor(now.getUTCMonth() / 3);
  for (let i = 0; i <= back; i += 1) {
    if (index === 0) { year -= 1; index = 4; }
    if (i < back) index -= 1;
  }
  return { year, index };
}

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Signs in as someone else and opens a page in the journey's language. */
async function as(role: Role, path: string, language: Language) {
  await logout(page);
  await login(page, role);
  await navigate(page, path);
  if ((await pageLanguage(page)) !== language) {
    await switchLanguage(page, language);
    await navigate(page, path);
  }
}

/** The overview's figures: reports under review, and projects by health. */
/**
 * Mantine's Select: open it by its label and pick the option. A click that lands while the page
 * re-renders under load can leave the list closed; it is opened again, at most three times.
 */
async function choose(label: string, option: string) {
  const item = page.getByRole('option', { name: option, exact: true });
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    try {
      await item.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await item.click();
}

async function rollUp() {
  const figures = page.getByTestId('portfolio-rollup').locator(':scope > *');
  const number = async (index: number) => Number((await figures.nth(index).locator('p').last().textContent())?.replace(/\D/g, ''));
  const health = async (state: string) => Number(await page.locator(`[data-health=${state}]`).textContent());
  return { awaiting: await number(4), red: await health('red'), amber: await health('amber') };
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'member');
  const overview = await (await page.request.get('/api/portfolio/overview')).json() as { items: { id: string; code: string }[] };
  projectId = overview.items.find((p) => p.code === 'GS-BIO-01')!.id;
});
afterAll(() => endJourney(journey));

describe('the project portfolio', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s: the manager reports, the curator returns it, the manager fixes it, the curator approves, the roll-up follows', async (language) => {
    const text = texts[language];
    const { year, index } = quarterFor(language);
    await as('coordinator', '/projects', language);
    const before = await rollUp();

    // The manager submits the quarterly report.
    await as('member', '/projects', language);
    await page.getByRole('link', { name: text.project }).click();
    await settle(page);
    await page.getByLabel(text.year, { exact: true }).fill(String(year));
    await choose(text.quarter, String(index));
    await choose(text.rag, text.red);
    await page.getByRole('textbox', { name: text.justification }).fill(text.first);
    await page.getByRole('button', { name: text.send }).click();
    const submitted = page.locator('[data-report-status=submitted]');
    await submitted.waitFor();
    expect(await submitted.textContent()).toContain(text.first);
    await shoot(`submitted-${language}`);

    // The curator sees it under review on the overview and returns it with a comment.
    await as('coordinator', '/projects', language);
    expect((await rollUp()).awaiting).toBe(before.awaiting + 1);
    await navigate(page, `/projects/${projectId}`);
    await submitted.getByRole('textbox', { name: text.comment }).fill(text.remark);
    await submitted.getByRole('button', { name: text.returnIt }).click();
    const returned = page.locator('[data-report-status=returned]');
    await returned.waitFor();
    expect(await returned.textContent()).toContain(text.remark);

    // The manager reads the comment, fixes the report and submits it again.
    await as('member', `/projects/${projectId}`, language);
    expect(await returned.textContent()).toContain(text.remark);
    await returned.getByRole('button', { name: text.resubmit }).click();
    await page.getByRole('textbox', { name: text.justification }).fill(text.fixed);
    await page.getByRole('button', { name: text.send }).click();
    await submitted.waitFor();
    expect(await submitted.textContent()).toContain(text.fixed);

    // The curator approves; the overview counts it.
    await as('coordinator', `/projects/${projectId}`, language);
    await submitted.getByRole('button', { name: text.approve }).click();
    await page.locator('[data-report-status=approved]', { hasText: text.fixed }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`project-${language}`);
    await navigate(page, '/projects');
    const after = await rollUp();
    expect(after.awaiting).toBe(before.awaiting);
    // The latest quarter sets the project's health: the biotech project turns from amber to red.
    if (language === 'ru') expect([after.red, after.amber]).toEqual([before.red + 1, before.amber - 1]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`overview-${language}`);
  }, 240_000);

  it.each(['ru', 'en', 'zh'] as const)('in %s the pending change request shows its effect on indicators before the decision, also at 360 px', async (language) => {
    const text = texts[language];
    await as('coordinator', `/projects/${projectId}`, language);
    const request = page.getByTestId('change-request');
    expect(await request.textContent()).toContain(text.effect);
    expect(await page.getByTestId('uncovered-targets').textContent()).toMatch(text.uncovered);
    await page.setViewportSize({ width: 360, height: 800 });
    await navigate(page, `/projects/${projectId}`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`project-360-${language}`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);
});
