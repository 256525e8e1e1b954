import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from './support/auth';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';

let journey: Journey;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  await login(page, 'admin');
  await page.request.patch('/api/auth/preferences', {
    data: { language: 'en' },
    headers: { 'x-csrf-token': ((await (await page.request.get('/api/auth/csrf')).json()) as { token: string }).token },
  });
});
afterAll(() => endJourney(journey));

describe('writes through the interface (CSRF token, validation, localized errors)', () => {
  it('an admin creates a park manager scoped to an ecosystem, then deactivates them', async () => {
    await navigate(page, '/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Email/).fill('new.manager@example.org');
    await dialog.getByLabel(/^Full name/).fill('Айаал Николаев');
    await dialog.getByLabel(/^Password/).fill('short');
    await dialog.getByRole('button', { name: 'Add role' }).click();
    await dialog.getByLabel('Role', { exact: true }).click();
    await page.getByRole('option', { name: 'Park manager' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    // Checked before sending, with the server's own words: too short password, missing ecosystem.
    expect(await dialog.getByText('Too short or too small.').count()).toBe(1);
    expect(await dialog.getByText('This role needs at least one organization or ecosystem it applies to.').count()).toBe(1);

    await dialog.getByLabel(/^Password/).fill('a-long-enough-password');
    await dialog.getByLabel('Ecosystem', { exact: true }).click();
    await page.getByRole('option', { name: /Great Stone/ }).first().click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    const row = page.getByRole('row', { name: /new\.manager@example\.org/ });
    expect(await row.textContent()).toMatch(/Park manager: .*Great Stone/);

    await row.getByRole('button', { name: 'Actions for Айаал Николаев' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await expect.poll(() => row.textContent()).toContain('deactivated');
  });

  it('an existing email is refused with the localized reason', async () => {
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Email/).fill('analyst@demo.northbridge.local');
    await dialog.getByLabel(/^Full name/).fill('Someone');
    await dialog.getByLabel(/^Password/).fill('a-long-enough-password');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('A user with this email already exists.');
    await page.keyboard.press('Escape');
  });

  it('a user creates an API token, sees it once, and revokes it', async () => {
    await navigate(page, '/account#tokens');
    await page.getByLabel(/^Token name/).fill('reporting script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('new-api-token');
    await secret.waitFor();
    expect((await secret.textContent())?.length).toBeGreaterThan(20);
    const tokenRow = page.getByRole('row', { name: /reporting script/ });
    await tokenRow.getByRole('button', { name: 'Revoke token reporting script' }).click();
    await expect.poll(() => tokenRow.textContent()).toMatch(/Revoked/);
  });

  it('a wrong current password is refused with the localized reason', async () => {
    await navigate(page, '/account');
    await page.getByLabel(/^Current password/).fill('not-my-password');
    await page.getByLabel(/^New password/).fill('another-long-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The current password is wrong.');
  });
});
