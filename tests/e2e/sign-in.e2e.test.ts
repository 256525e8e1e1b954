import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/shared/roles';
import { demoEmails, demoPassword, logout } from './support/auth';
import { navigate } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';

let journey: Journey;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
});
afterAll(() => endJourney(journey));

async function fillSignInForm(role: Role, password = demoPassword) {
  await page.getByLabel('Электронная почта').fill(demoEmails[role]);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

const navigation = () => page.getByRole('navigation', { name: 'Основная навигация' });

describe('signing in', () => {
  it.each(roles)('%s signs in through the form and sees the sections the role allows', async (role) => {
    await navigate(page, '/login');
    await fillSignInForm(role);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Обзор' }).count()).toBe(1);
    await expect.poll(() => navigation().getByRole('link', { name: 'Организации' }).count()).toBe(1);
    expect(await navigation().getByRole('link', { name: 'Пользователи' }).count()).toBe(role === 'admin' ? 1 : 0);
    expect(await navigation().getByRole('link', { name: 'Журнал изменений' }).count()).toBe(
      role === 'admin' || role === 'coordinator' ? 1 : 0,
    );

    await page.getByRole('button', { name: /^Меню пользователя/ }).click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Вход в Northbridge' }).count()).toBe(1);
  });

  it('says in Russian that the password is wrong, and stays on the sign-in page', async () => {
    await navigate(page, '/login');
    await fillSignInForm('analyst', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Неверная электронная почта или пароль.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('brings a visitor back to the page they asked for after signing in', async () => {
    await navigate(page, '/agreements');
    expect(new URL(page.url()).pathname).toBe('/login');
    await fillSignInForm('coordinator');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/agreements');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Соглашения' }).count()).toBe(1);
    await logout(page);
  });

  it('works with the keyboard alone, with a visible focus on every stop', async () => {
    await navigate(page, '/login');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const style = element ? getComputedStyle(element) : null;
        return {
          label: element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '',
          outline: style ? style.outlineStyle !== 'none' && style.outlineWidth !== '0px' : false,
        };
      });
    // Tab until the email field: the only stops before it are the language switcher and friends.
    for (let stops = 0; stops < 6 && !(await focused()).label.startsWith('Электронная почта'); stops++) {
      await page.keyboard.press('Tab');
      expect((await focused()).outline).toBe(true);
    }
    expect((await focused()).label).toMatch(/^Электронная почта/);
    await page.keyboard.type(demoEmails.member);
    await page.keyboard.press('Tab');
    expect((await focused()).label).toMatch(/^Пароль/);
    expect((await focused()).outline).toBe(true);
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Обзор' }).count()).toBe(1);
  });
});
