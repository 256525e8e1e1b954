import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';

let journey: Journey;
let page: Page;
let organizationPath = '';
let agreementPath = '';

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  await login(page, 'admin');
  // Detail pages are reached from their lists, as a person would.
  await navigate(page, '/organizations');
  organizationPath = new URL((await page.getByRole('table').getByRole('link').first().getAttribute('href')) ?? '', journey.server.baseUrl).pathname;
  await navigate(page, '/agreements');
  agreementPath = new URL((await page.getByRole('table').getByRole('link').first().getAttribute('href')) ?? '', journey.server.baseUrl).pathname;
});
afterAll(() => endJourney(journey));

const signedInPages = (): [name: string, path: string][] => [
  ['dashboard', '/'],
  ['organizations', '/organizations'],
  ['organization', organizationPath],
  ['agreements', '/agreements'],
  ['agreement', agreementPath],
  ['indicators', '/indicators'],
  ['strategic dashboard', '/indicators/strategic'],
  ['admin users', '/admin/users'],
  ['audit', '/audit'],
  ['account', '/account'],
  ['coming soon', '/partnering'],
  ['not found', '/no-such-page'],
];

async function horizontalOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('accessibility (axe-core, WCAG 2.1 AA) and narrow screens', () => {
  it('the detail pages were found from their lists', () => {
    expect(organizationPath).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    expect(agreementPath).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
  });

  it.each([1280, 360])('every signed-in page has no violations at %i px', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const [name, path] of signedInPages()) {
      await navigate(page, path);
      expect(await page.getByRole('heading', { level: 1 }).count(), `${name} has one h1`).toBe(1);
      for (const violation of await findAccessibilityViolations(page)) problems.push(`${name} (${path}): ${violation}`);
      const overflow = await horizontalOverflow();
      if (overflow > 0) problems.push(`${name} (${path}) scrolls sideways by ${overflow}px at ${width}px`);
    }
    expect(problems).toEqual([]);
  });

  it('the new-user dialog has no violations', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await navigate(page, '/admin/users');
    await page.getByRole('button', { name: 'Новый пользователь' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('on a 360 px phone the navigation opens behind the burger button', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await navigate(page, '/');
    const navigationLink = page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Соглашения' });
    expect(await navigationLink.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Открыть или закрыть меню' }).click();
    await navigationLink.waitFor({ state: 'visible' });
    await followLink(page, navigationLink);
    expect(new URL(page.url()).pathname).toBe('/agreements');
    expect(await navigationLink.isVisible()).toBe(false); // closed again after choosing
    await page.screenshot({ path: '/tmp/shots/agreements-360-ru.png', fullPage: true });
  });

  it('the sign-in page has no violations, wide and narrow', async () => {
    await logout(page);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await navigate(page, '/login');
      expect(await findAccessibilityViolations(page)).toEqual([]);
      expect(await horizontalOverflow()).toBe(0);
    }
  });
});
