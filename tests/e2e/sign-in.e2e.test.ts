import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/shared/roles';
import { errorMessages } from '../../src/shared/errors';
import { demoEmails, demoPassword, login, logout } from './support/auth';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { focusedElement, tabTo } from './support/keyboard';
import { pressWhileItsCodeArrives } from './support/press';
import { expectedTexts, pageLanguage } from './support/languages';

let journey: Journey;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
});
afterAll(() => endJourney(journey));

/** The sign-in page as a first-time visitor sees it: in Russian, the default. */
async function openSignInPage(path = '/login') {
  await navigate(page, path);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await settle(page);
}

async function fillSignInForm(role: Role, password = demoPassword) {
  await page.getByLabel(/^Электронная почта/).fill(demoEmails[role]);
  await page.getByLabel(/^Пароль/).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

async function profileLanguage(): Promise<string> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { language: string } | null };
  return me.user?.language ?? 'none';
}

describe('signing in', () => {
  it.each(roles)('%s signs in through the form, gets their language and the sections the role allows', async (role) => {
    await openSignInPage();
    await fillSignInForm(role);
    await page.getByRole('navigation').first().waitFor();
    // The profile's language replaces the one chosen before signing in, once its texts (a chunk of
    // their own) have arrived.
    const profile = await profileLanguage();
    await expect.poll(() => pageLanguage(page), { timeout: 10_000 }).toBe(profile);
    const texts = expectedTexts[await pageLanguage(page)];
    await expect.poll(() => page.getByRole('heading', { level: 1, name: texts.dashboard }).count()).toBe(1);
    const navigation = page.getByRole('navigation', { name: texts.navigation });
    expect(await navigation.getByRole('link', { name: texts.organizations, exact: true }).count()).toBe(1);
    expect(await navigation.getByRole('link', { name: texts.users, exact: true }).count()).toBe(role === 'admin' ? 1 : 0);
    expect(await navigation.getByRole('link', { name: texts.audit, exact: true }).count()).toBe(
      role === 'admin' || role === 'coordinator' ? 1 : 0,
    );

    await page.getByRole('button', { name: texts.userMenu }).click();
    await page.getByRole('menuitem', { name: texts.logout }).click();
    await page.waitForURL('**/login');
    expect(await profileLanguage()).toBe('none');
  });

  it('says in Russian that the password is wrong, and stays on the sign-in page', async () => {
    await openSignInPage();
    await fillSignInForm('analyst', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Неверная электронная почта или пароль.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('brings a visitor back to the page they asked for after signing in', async () => {
    await openSignInPage('/agreements?status=active');
    expect(new URL(page.url()).pathname).toBe('/login');
    await fillSignInForm('coordinator');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/agreements');
    expect(new URL(page.url()).search).toBe('?status=active');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Соглашения' }).count()).toBe(1);
    await logout(page);
  });

  it('opens the user menu whose code arrives between the press and the release', async () => {
    await openSignInPage();
    await fillSignInForm('coordinator');
    await page.getByRole('navigation').first().waitFor();
    await page.reload();
    await settle(page);
    const texts = expectedTexts[await pageLanguage(page)];
    await pressWhileItsCodeArrives(page, page.getByRole('button', { name: texts.userMenu }), page.getByRole('menu'));
    await page.getByRole('menuitem', { name: texts.logout }).click();
    await page.waitForURL('**/login');
  });

  it('works with the keyboard alone, with a visible focus on every stop', async () => {
    await openSignInPage();
    // The only stop before the email field is the language switcher.
    await tabTo(page, /^Электронная почта/, 4);
    await page.keyboard.type(demoEmails.analyst);
    await page.keyboard.press('Tab');
    const password = await focusedElement(page);
    expect(password.label).toMatch(/^Пароль/);
    expect(password.ringed).toBe(true);
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Обзор' }).count()).toBe(1);
  });

  it('tells a member who opens a coordinator’s page that they may not, in their language, though no error texts came with the page', async () => {
    // The refusal is made in the browser (RequireRole): no error answer brought the error texts.
    await logout(page);
    await login(page, 'member');
    await page.goto('/agreements/new');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The profile's language may replace the page's a moment after the first render.
    await expect.poll(async () => (await alert.textContent()) ?? '').toContain(errorMessages.FORBIDDEN[await pageLanguage(page)]);
    await logout(page);
  });
});
