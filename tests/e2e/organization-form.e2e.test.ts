import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { tabTo } from './support/keyboard';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-orgform';
let journey: Journey;
let page: Page;
let createdPath = '';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

const shot = (name: string) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

/** Mantine's Select: open it by its label, then pick the option by its text. */
async function choose(label: string | RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// A name close to the demo's "Great Stone" park administration, in Russian.
const newName = 'Индустриальный парк «Великий камень» Северный';

describe('creating and editing an organization', () => {
  it('the coordinator creates one: a bad ИНН is refused by its checksum, a likely duplicate is confirmed', async () => {
    await navigate(page, '/organizations');
    await followLink(page, page.getByRole('link', { name: 'Новая организация' }));
    // The router keeps the old page on screen while the new one's code loads, so wait for the new heading.
    await page.getByRole('heading', { level: 1, name: 'Новая организация' }).waitFor();

    await page.getByLabel('Название (Русский)', { exact: true }).fill(newName);
    // The live hint names the existing park while the person is still typing.
    const hint = page.getByRole('status').filter({ hasText: 'Похожие организации уже есть' });
    await hint.waitFor();
    expect(await hint.getByRole('link', { name: /Открыть .*Великий камень/ }).count()).toBeGreaterThan(0);

    await choose(/^Тип организации/, 'Компания');
    await page.getByRole('button', { name: 'Добавить идентификатор' }).click();
    await page.getByLabel('Номер 1').fill('7707083894');
    await page.keyboard.press('Tab');
    await page.getByText('Идентификатор не проходит проверку контрольной суммы.').waitFor();
    await shot('1-form-bad-inn-ru');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Saving with the bad number sends nothing and puts the keyboard on the field to fix.
    await page.getByRole('button', { name: 'Создать организацию' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('7707083894');
    expect(new URL(page.url()).pathname).toBe('/organizations/new');

    await page.getByLabel('Номер 1').fill('7707083893');
    expect(await page.getByText('Идентификатор не проходит проверку контрольной суммы.').count()).toBe(0);
    await page.getByRole('button', { name: 'Создать организацию' }).click();
    const duplicate = page.getByRole('alert').filter({ hasText: 'Возможно, эта организация уже есть в реестре' });
    await duplicate.waitFor();
    expect(await duplicate.getByRole('link', { name: /^Открыть/ }).count()).toBeGreaterThan(0);
    await shot('2-duplicate-confirmation-ru');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await duplicate.getByRole('button', { name: 'Это новая организация — создать' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await settle(page);
    createdPath = new URL(page.url()).pathname;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(newName);
    expect(await page.getByRole('cell', { name: 'Компания', exact: true }).count()).toBe(1);
  });

  it('the coordinator edits it and sees the change in the history', async () => {
    await followLink(page, page.getByRole('link', { name: 'Изменить' }));
    await page.getByRole('heading', { level: 1, name: 'Изменение организации' }).waitFor();
    expect(await page.getByLabel('Номер 1').inputValue()).toBe('7707083893');
    await page.getByLabel('Сайт').fill('polar-stone.example');
    await page.getByLabel('Численность, человек').fill('120');
    // The shape of the code passes here; the server says it is not in the classifier, next to the field.
    await page.getByLabel('Основной код').fill('99.99');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Такого кода нет в классификаторе ОКВЭД2. 99.99').waitFor();
    await page.getByLabel('Основной код').fill('62.01');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL((url) => url.pathname === createdPath);
    await settle(page);

    const history = page.getByRole('region', { name: 'История изменений' });
    const edit = history.getByRole('listitem').filter({ hasText: 'Изменение' }).first();
    await edit.waitFor();
    expect(await edit.textContent()).toContain('Сайт: — → https://polar-stone.example');
    expect(await edit.textContent()).toContain('Численность: — → 120');
    expect(await history.getByText('Создание').count()).toBe(1);
    expect(await page.getByRole('row', { name: /ИНН \(Россия\) 7707083893/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /62\.01 Разработка компьютерного программного обеспечения/ }).count()).toBe(1);
    await shot('3-organization-history-ru');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('is edited with the keyboard alone, every stop showing where the keyboard is', async () => {
    await navigate(page, createdPath);
    await tabTo(page, /^Изменить$/, 60);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Изменение организации' }).waitFor();
    await settle(page);
    await tabTo(page, /^Сайт/, 120);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('north-stone.example');
    await tabTo(page, /^Сохранить$/, 120);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === createdPath);
    await settle(page);
    const history = page.getByRole('region', { name: 'История изменений' });
    await history.getByText('Сайт: https://polar-stone.example → https://north-stone.example').waitFor();
  });

  it('keeps hostile text verbatim and inert: no script runs on the page, in search or in the list', async () => {
    const payloads = {
      name: 'Zzxq <img src=x onerror="window.__injected=1"> Labs',
      description: '<script>window.__injected=2</script><svg onload="window.__injected=3"></svg> javascript:alert(1)',
    };
    const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
    const created = await page.request.post('/api/organizations', {
      headers: { 'x-csrf-token': token },
      data: { name: { ru: null, en: payloads.name, zh: null }, description: { ru: null, en: payloads.description, zh: null }, kind: 'company', country: 'RU' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const stored = (await (await page.request.get(`/api/organizations/${id}`)).json()) as { name: { en: string }; description: { en: string } };
    expect(stored.name.en).toBe(payloads.name);
    expect(stored.description.en).toBe(payloads.description);

    const ran: string[] = [];
    page.on('dialog', (dialog) => {
      ran.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of [`/organizations/${id}`, `/search?q=${encodeURIComponent('Zzxq')}`, `/organizations?q=${encodeURIComponent('Zzxq')}`]) {
      await navigate(page, path);
      await page.getByText('Zzxq', { exact: false }).first().waitFor();
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected), path).toBeUndefined();
      // The markup is shown as text, not turned into elements.
      expect(await page.locator('img[src="x"], svg[onload]').count(), path).toBe(0);
    }
    await navigate(page, `/organizations/${id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(payloads.name);
    expect(ran).toEqual([]);
  });

  it('the form speaks English and Chinese too', async () => {
    await navigate(page, '/organizations/new');
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'New organization' }).waitFor();
    for (const text of ['Names', 'Kind and location', 'Identifiers', 'Economic activities (OKVED2)', 'Size and figures', 'Visibility']) {
      expect(await page.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    expect(await page.getByLabel('Name (English)', { exact: true }).count()).toBe(1);
    await shot('4-form-en');
    await switchLanguage(page, 'zh');
    await page.getByRole('heading', { name: '新建组织' }).waitFor();
    for (const text of ['名称', '类型和所在地', '标识符', '规模和数据', '可见性']) {
      expect(await page.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    await shot('5-form-zh');
    await switchLanguage(page, 'ru');
  });

  it('at 360 px the form and the page fit the screen and stay accessible', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/organizations/new', `${createdPath}/edit`, createdPath]) {
      await navigate(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
      expect(await findAccessibilityViolations(page), path).toEqual([]);
    }
    await shot('6-organization-360');
    await navigate(page, '/organizations/new');
    await shot('7-form-360');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('who sees the controls', () => {
  it('a member sees Edit on their own organization and not on another', async () => {
    await logout(page);
    await login(page, 'member');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { roles: { scopeOrganizationId: string }[] } };
    const own = me.user.roles[0]!.scopeOrganizationId;
    // The demo member reads Chinese.
    await navigate(page, `/organizations/${own}`);
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '合并到…' }).count()).toBe(0);
    await page.getByRole('heading', { name: '修改历史' }).waitFor();
    await shot('8-member-own-zh');
    await navigate(page, createdPath);
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await navigate(page, '/organizations');
    expect(await page.getByRole('link', { name: '新建组织' }).count()).toBe(0);
  });

  it('the member edits their own organization in Chinese', async () => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { roles: { scopeOrganizationId: string }[] } };
    await navigate(page, `/organizations/${me.user.roles[0]!.scopeOrganizationId}/edit`);
    await page.getByLabel('城市（中文）', { exact: true }).fill('苏州市');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/edit'));
    await settle(page);
    expect(await page.getByRole('region', { name: '修改历史' }).textContent()).toContain('城市（中文）: 苏州 → 苏州市');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});

describe('merging a duplicate', () => {
  it('the coordinator merges the new organization into the existing park and lands on the kept one', async () => {
    await logout(page);
    await login(page, 'coordinator');
    await navigate(page, createdPath);
    await page.getByRole('button', { name: 'Объединить с…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Объединить с другой организацией' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Затем «${newName}» будет удалена`);
    const confirm = dialog.getByRole('button', { name: 'Объединить и удалить эту' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Организация, которая останется' }).fill('Великий камень');
    await page.getByRole('option', { name: /^Администрация Китайско-Белорусского индустриального парка/ }).click();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shot('9-merge-dialog-ru');
    await confirm.click();
    await page.waitForURL((url) => /^\/organizations\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== createdPath);
    await page.getByRole('heading', { level: 1, name: /Великий камень/ }).waitFor();
    // The merged organization's identifier moved to the kept one; the merged one is gone.
    await page.getByRole('row', { name: /ИНН \(Россия\) 7707083893/ }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'История изменений' }).textContent()).toContain('Присоединена другая организация');
    expect((await page.request.get(`/api${createdPath}`)).status()).toBe(404);
  });
});
