import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;
const shots = '/tmp/shots';

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  mkdirSync(shots, { recursive: true });
});
afterAll(() => endJourney(journey));

/** The texts this journey looks for; they must match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    indicator: 'Новые рабочие места у резидентов партнёрских экосистем', value: 'Значение', submit: 'Отправить на подтверждение', reason: 'Причина корректировки',
    submitted: 'Отправлено', confirm: /^Подтвердить значение за .*(Ruichuan|瑞川)/, confirmed: 'Подтверждено', dashboard: 'Стратегическая панель', reminders: 'Ждут вашего отчёта',
    submittedNotice: 'Значение отправлено.', confirmedNotice: 'Значение подтверждено.',
  },
  en: {
    indicator: 'New jobs at the residents of partner ecosystems', value: 'Value', submit: 'Submit for confirmation', reason: 'Reason for the correction',
    submitted: 'Submitted', confirm: /^Confirm the value for .*(Ruichuan|瑞川)/, confirmed: 'Confirmed', dashboard: 'Strategic dashboard', reminders: 'Waiting for your report',
    submittedNotice: 'Value submitted.', confirmedNotice: 'Value confirmed.',
  },
  zh: {
    indicator: '合作生态系统入驻企业新增就业岗位', value: '数值', submit: '提交确认', reason: '更正原因',
    submitted: '已提交', confirm: /^确认 .*(Ruichuan|瑞川)/, confirmed: '已确认', dashboard: '战略看板', reminders: '待您填报',
    submittedNotice: '数值已提交。', confirmedNotice: '数值已确认。',
  },
} as const;

/** A notice slides in over a few hundred milliseconds; axe judges its colours once it is fully shown. */
async function waitForNotice(text: string) {
  await page.getByText(text, { exact: true }).waitFor();
  await page.waitForTimeout(600);
}

async function expectNoViolations(where: string) {
  expect(await findAccessibilityViolations(page), where).toEqual([]);
}

/** The year-to-date figure of the residents' jobs on the strategic dashboard, as a number. */
async function yearToDate(language: Language): Promise<number> {
  await navigate(page, '/indicators/strategic');
  await page.getByRole('heading', { level: 1, name: texts[language].dashboard }).waitFor();
  const card = page.getByTestId('program-indicator').filter({ hasText: texts[language].indicator });
  const text = (await card.getByTestId('year-to-date').textContent()) ?? '';
  return Number(text.split(/[:：]/).at(-1)!.replace(/\D/g, ''));
}

async function signInAs(role: 'member' | 'coordinator', language: Language) {
  await logout(page);
  await login(page, role);
  await navigate(page, '/');
  await switchLanguage(page, language);
  // The choice is saved to the account in the background; the next page load reads it from there.
  await settle(page);
}

async function openIndicatorFromDashboard(language: Language) {
  await navigate(page, '/indicators/strategic');
  await followLink(page, page.getByRole('link', { name: texts[language].indicator }));
}

/** ru: the first report of the quarter; en and zh: corrections of the confirmed figure, with a reason. */
const runs: { language: Language; value: number; correction: string | null }[] = [
  { language: 'ru', value: 12, correction: null },
  { language: 'en', value: 20, correction: 'Two hires were counted in the wrong quarter' },
  { language: 'zh', value: 15, correction: '季度人数核对后更正' },
];

describe('a member reports a quarter, the coordinator confirms it, the dashboard moves', () => {
  let reported = 0;
  for (const run of runs) {
    it(`in ${run.language}`, async () => {
      const t = texts[run.language];
      await signInAs('coordinator', run.language);
      const before = await yearToDate(run.language);

      await signInAs('member', run.language);
      if (run.language === 'ru') {
        // The first screen reminds the member of the quarter it owes, and the reminder leads to the form.
        const reminders = page.getByRole('region', { name: t.reminders });
        await followLink(page, reminders.getByRole('link', { name: new RegExp(t.indicator) }));
      } else {
        await openIndicatorFromDashboard(run.language);
      }
      await page.getByRole('heading', { level: 1, name: t.indicator }).waitFor();
      await page.getByRole('textbox', { name: t.value }).fill(String(run.value));
      if (run.correction) await page.getByRole('textbox', { name: t.reason }).fill(run.correction);
      await page.getByRole('button', { name: t.submit }).click();
      await waitForNotice(t.submittedNotice);
      await page.getByRole('table').getByText(t.submitted, { exact: true }).first().waitFor();
      await settle(page);
      await expectNoViolations(`${run.language}: indicator page of the member`);
      await page.screenshot({ path: `${shots}/indicators-member-${run.language}.png`, fullPage: true });

      await signInAs('coordinator', run.language);
      await openIndicatorFromDashboard(run.language);
      await page.getByRole('button', { name: t.confirm }).click();
      await waitForNotice(t.confirmedNotice);
      await page.getByRole('button', { name: t.confirm }).waitFor({ state: 'detached' });
      await settle(page);
      await expectNoViolations(`${run.language}: indicator page of the coordinator`);

      const after = await yearToDate(run.language);
      expect(after - before, 'the year to date moves by what was confirmed').toBe(run.value - reported);
      reported = run.value;
      await settle(page);
      await expectNoViolations(`${run.language}: strategic dashboard`);
      await page.screenshot({ path: `${shots}/indicators-dashboard-${run.language}.png`, fullPage: true });
    });
  }
});

describe('a coordinator announces a reporting campaign to a whole cluster', () => {
  it('lists who owes what, with the completion rate', async () => {
    await signInAs('coordinator', 'en');
    await navigate(page, '/indicators/strategic');
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Residents of Kvartal Truda: 2026');
    await dialog.getByRole('combobox', { name: 'Period', exact: true }).click();
    await page.getByRole('option', { name: 'Year', exact: true }).click();
    await dialog.getByLabel('Due date').fill('2027-02-15');
    await dialog.getByRole('combobox', { name: 'Indicators', exact: true }).click();
    await page.getByRole('option', { name: /^KT-RESIDENT-EMPLOYMENT/ }).click();
    // A multi-select keeps its list open for more choices; a click elsewhere closes it.
    await dialog.getByRole('textbox', { name: 'Title' }).click();
    await dialog.getByRole('combobox', { name: 'Ecosystems', exact: true }).click();
    await page.getByRole('option', { name: /Kvartal Truda/ }).click();
    await dialog.getByRole('textbox', { name: 'Title' }).click();
    await dialog.getByRole('button', { name: 'Announce the campaign' }).click();
    await waitForNotice('Campaign announced.');
    await expectNoViolations('strategic dashboard with the new campaign');
    await followLink(page, page.getByRole('link', { name: 'Residents of Kvartal Truda: 2026' }));
    await page.getByRole('heading', { level: 1, name: 'Residents of Kvartal Truda: 2026' }).waitFor();
    const rows = page.getByRole('region', { name: 'Who owes what' }).getByRole('row');
    // The demo cluster has eleven current residents; the header is a row too.
    await expect.poll(() => rows.count()).toBe(12);
    await expect.poll(() => page.getByText(/^0 of 11 reported/).count()).toBe(1);
    await expectNoViolations('campaign page');

    await page.getByRole('button', { name: 'Close the campaign' }).click();
    await waitForNotice('Campaign closed: organizations are no longer reminded.');
    await page.getByText('Closed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
  });
});

describe('a coordinator defines an indicator in the form and edits it', () => {
  it('is told in words what is wrong, then lands on the new indicator', async () => {
    await signInAs('coordinator', 'en');
    await navigate(page, '/indicators');
    await page.getByRole('button', { name: 'New indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'New indicator' });
    await dialog.getByRole('textbox', { name: 'Code' }).fill('NOC-PATENTS');
    await dialog.getByRole('textbox', { name: 'Name (English)' }).fill('Patents filed by the center\'s partners');
    await dialog.getByRole('textbox', { name: 'Name (Russian)' }).fill('Заявки на патенты партнёров центра');
    await dialog.getByRole('textbox', { name: 'Base year' }).fill('2024');
    await dialog.getByRole('textbox', { name: 'Base value' }).fill('12');
    await dialog.getByRole('textbox', { name: 'Year', exact: true }).fill('2023');
    await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('40');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('A target cannot be set for a year before the base year.').waitFor();

    await dialog.getByRole('textbox', { name: 'Year', exact: true }).fill('2030');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await waitForNotice('Indicator created.');
    await page.getByRole('heading', { level: 1, name: 'Patents filed by the center\'s partners' }).waitFor();
    await page.screenshot({ path: `${shots}/indicator-created-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Indicator NOC-PATENTS' });
    expect(await edit.getByRole('textbox', { name: 'Base value' }).inputValue()).toBe('12');
    await edit.getByRole('textbox', { name: 'Name (English)' }).fill('Patent applications of the center\'s partners');
    await edit.getByRole('button', { name: 'Save' }).click();
    await waitForNotice('Indicator saved.');
    await page.getByRole('heading', { level: 1, name: 'Patent applications of the center\'s partners' }).waitFor();
  });
});
