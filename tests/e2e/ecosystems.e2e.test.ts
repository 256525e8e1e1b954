import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-ecosystems';
let journey: Journey;
let page: Page;
let greatStonePath = '';
let hiTechParkPath = '';

async function csrfHeaders(): Promise<Record<string, string>> {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  return { 'x-csrf-token': token };
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'park_manager');
  await page.request.patch('/api/auth/preferences', { data: { language: 'en' }, headers: await csrfHeaders() });
});
afterAll(() => endJourney(journey));

describe('ecosystems: the park manager keeps their own register', () => {
  it('finds Great Stone among the ecosystems and sees its 126 residents', async () => {
    await navigate(page, '/');
    await followLink(page, page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Ecosystems' }));
    const row = page.getByRole('row', { name: /Great Stone/ });
    expect(await row.textContent()).toContain('126');
    hiTechParkPath = (await page.getByRole('link', { name: 'Belarus Hi-Tech Park' }).getAttribute('href')) ?? '';
    await followLink(page, row.getByRole('link'));
    greatStonePath = new URL(page.url()).pathname;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Great Stone Industrial Park');
    const residents = page.getByTestId('ecosystem-stats').locator('div', { has: page.getByText('Residents', { exact: true }) });
    expect(await residents.locator('dd').textContent()).toBe('126');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('filters the register by country on the server', async () => {
    await page.getByLabel('Country', { exact: true }).first().click();
    await page.getByRole('option', { name: 'China' }).click();
    await page.waitForURL(/country=CN/);
    await settle(page);
    const countryCells = page.getByRole('region', { name: 'Members of the ecosystem' }).locator('tbody tr td:nth-child(2)');
    // The previous page stays on screen until the filtered one arrives.
    await expect.poll(async () => [...new Set(await countryCells.allTextContents())]).toEqual(['China']);
    expect(await page.getByText(/^Total: \d+$/).textContent()).not.toBe('Total: 0');
    await page.screenshot({ path: `${shots}/great-stone-cn-en.png`, fullPage: true });
  });

  it('downloads the register as filtered on the page, as XLSX', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^members-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const records = XLSX.utils.sheet_to_json<Record<string, string>>(workbook.Sheets.members!);
    expect(records.length).toBeGreaterThan(0);
    expect([...new Set(records.map((r) => r.country))]).toEqual(['CN']);
    // The park's own manager gets the private figures of its residents.
    expect(records.some((r) => r.headcount !== undefined)).toBe(true);
  });

  it('adds an organization as an applicant, then admits it as a resident', async () => {
    await navigate(page, greatStonePath);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    // Checked before sending: no organization chosen.
    expect(await dialog.getByText('Required.').count()).toBe(1);
    await dialog.getByLabel(/^Organization/).fill('Venture Company');
    await page.getByRole('option', { name: /Venture Company/ }).first().click();
    expect(await dialog.getByText('Required.').count()).toBe(0);
    await dialog.getByLabel(/^Start date/).fill('2025-11-03');
    await page.screenshot({ path: `${shots}/add-member-en.png` });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);

    await page.getByRole('searchbox', { name: 'Search' }).fill('Venture Company');
    await page.waitForURL(/q=Venture/);
    await settle(page);
    const row = page.getByRole('row', { name: /Venture Company/ });
    expect(await row.textContent()).toContain('applicant');
    await row.getByRole('button', { name: /^Edit membership/ }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel(/^Status/).click();
    await page.getByRole('option', { name: 'resident', exact: true }).click();
    await edit.getByLabel(/^Number in the park/).fill('GS-2025-E2E');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toMatch(/resident.*GS-2025-E2E/);
  });

  it('a second current membership is refused with the localized reason', async () => {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Organization/).fill('Venture Company');
    await page.getByRole('option', { name: /Venture Company/ }).first().click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('This organization already has a membership in the ecosystem over these dates.');
    await page.keyboard.press('Escape');
  });

  it('reads the Hi-Tech Park without edit controls, and the API refuses a write there', async () => {
    await navigate(page, hiTechParkPath);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Belarus Hi-Tech Park');
    expect(await page.getByRole('button', { name: 'Add member' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit membership/ }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/hi-tech-park-en.png`, fullPage: true });

    const ecosystemId = hiTechParkPath.split('/').at(-1);
    const someone = (await (await page.request.get('/api/organizations?q=Venture')).json()) as { items: { id: string }[] };
    const refused = await page.request.post(`/api/ecosystems/${ecosystemId}/memberships`, {
      data: { organizationId: someone.items[0]!.id, status: 'applicant', dateFrom: '2025-11-03' },
      headers: await csrfHeaders(),
    });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
  });

  it.each([
    ['ru', 'Резиденты', 'Добавить участника'],
    ['zh', '入驻企业', '添加成员'],
    ['en', 'Residents', 'Add member'],
  ] as const)('speaks %s on the Great Stone page, without accessibility violations', async (language, residents, addMember) => {
    await navigate(page, greatStonePath);
    await switchLanguage(page, language);
    await settle(page);
    expect(await page.getByTestId('ecosystem-stats').getByText(residents, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: addMember }).count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/great-stone-${language}.png`, fullPage: true });
  });

  it('fits a 360 px screen', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await navigate(page, greatStonePath);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/great-stone-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
