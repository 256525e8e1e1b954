import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-contacts';
let journey: Journey;
let page: Page;
let organizationPath = '';

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: { title: 'Контакты', hidden: 'Почта и телефон скрыты: лицо не давало согласия на распространение персональных данных.', badge: /^Обработка: с 1 марта 2025/ },
  en: { title: 'Contacts', hidden: 'Email and phone are hidden: the person has not consented to the dissemination of personal data.', badge: /^Processing: since 1 March 2025/ },
  zh: { title: '联系人', hidden: '电子邮件和电话已隐藏：当事人未同意传播个人数据。', badge: /^处理：自2025年3月1日/ },
} satisfies Record<Language, Record<string, string | RegExp>>;

// Named by the name in the interface language: Russian, English, or Russian again for Chinese (no Chinese form given).
const contactCard = () => page.getByRole('article', { name: /^(Сардана Иванова|Sardana Ivanova)$/ });

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
  // A public demo organization without contacts of its own: Technopark "Yakutia".
  const found = (await (await page.request.get('/api/organizations?q=Technopark%20Yakutia')).json()) as { items: { id: string }[] };
  organizationPath = `/organizations/${found.items[0]!.id}`;
});
afterAll(() => endJourney(journey));

describe('contacts of an organization with personal-data consents', () => {
  it('a coordinator is told what is missing, then adds a contact with its consent to processing', async () => {
    await navigate(page, organizationPath);
    await page.getByRole('button', { name: 'Добавить контакт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Добавить контакт' });
    await dialog.getByLabel('Эл. почта').fill('not an email');
    await dialog.getByLabel(/^Телефон/).fill('8 914 555 12 34');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    // The server's own words, before sending: no name, a wrong email and phone, no consent.
    expect(await dialog.getByText('Неверный формат.').count()).toBeGreaterThanOrEqual(3);
    expect(await dialog.getByText('Неверное значение.').count()).toBe(1);
    expect(await dialog.getByText('Слишком коротко или мало.').count()).toBe(3);
    await shoot('form-errors-ru');

    await dialog.getByRole('group', { name: 'ФИО' }).getByLabel('По-русски').fill('Сардана Иванова');
    await dialog.getByRole('group', { name: 'ФИО' }).getByLabel('По-английски').fill('Sardana Ivanova');
    await dialog.getByRole('group', { name: 'Должность' }).getByLabel('По-русски').fill('Руководитель направления');
    await dialog.getByLabel('Эл. почта').fill('s.ivanova@example.ru');
    await dialog.getByLabel(/^Телефон/).fill('+7 914 555 12 34');
    await dialog.getByLabel('Языки общения').fill('англ');
    await page.getByRole('option', { name: /английский/ }).click();
    await dialog.getByLabel(/^Цель обработки/).fill('Сотрудничество в сети НОЦ');
    await dialog.getByLabel(/^Перечень данных/).fill('ФИО, должность, почта, телефон');
    await dialog.getByLabel(/^Дата согласия/).fill('2025-03-01');
    await dialog.getByLabel(/^Как получено/).fill('Письменное согласие № 12');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);

    const card = contactCard();
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('s.ivanova@example.ru');
    expect(text).toContain('+79145551234');
    expect(text).toContain('английский');
    expect(await card.getByText(texts.ru.badge).count()).toBe(1);
    expect(await card.getByText('Не публикуется').count()).toBe(1);
  });

  it('the page with contacts, the form and the withdrawal dialog have no accessibility violations, wide and narrow', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await navigate(page, organizationPath);
      expect(await findAccessibilityViolations(page), `page at ${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    }
    await shoot('organization-360-ru');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Добавить контакт' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await findAccessibilityViolations(page), 'form').toEqual([]);
    await page.keyboard.press('Escape');
    await contactCard().getByRole('button', { name: 'Отозвать согласие и удалить' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await findAccessibilityViolations(page), 'withdrawal dialog').toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
  });

  it.each(['en', 'zh', 'ru'] as const)('the contacts read in %s', async (language) => {
    await navigate(page, organizationPath);
    await switchLanguage(page, language);
    await settle(page);
    expect(await page.getByRole('heading', { name: texts[language].title, level: 2 }).count()).toBe(1);
    expect(await contactCard().getByText(texts[language].badge).count()).toBe(1);
    await shoot(`organization-coordinator-${language}`);
  });

  it('an analyst sees the name and position, but neither email nor phone without a consent to dissemination', async () => {
    await logout(page);
    await login(page, 'analyst');
    await navigate(page, organizationPath);
    const card = contactCard();
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Руководитель направления');
    expect(text).toContain(texts.ru.hidden);
    expect(text).not.toContain('s.ivanova@example.ru');
    expect(text).not.toContain('+79145551234');
    expect(await page.getByRole('button', { name: 'Добавить контакт' }).count()).toBe(0);
    expect(await card.getByRole('button').count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('organization-analyst-ru');
    // Not even in what the server sent.
    const answer = await (await page.request.get(`/api/organizations${organizationPath.slice('/organizations'.length)}/contacts`)).text();
    expect(answer).not.toContain('s.ivanova@example.ru');
    await logout(page);
    const anonymous = (await (await page.request.get(`/api/organizations${organizationPath.slice('/organizations'.length)}/contacts`)).json()) as { items: unknown[] };
    expect(anonymous.items).toEqual([]);
  });

  it('the coordinator withdraws the consent to processing after the warning, and the contact is erased', async () => {
    await login(page, 'coordinator');
    await navigate(page, organizationPath);
    await contactCard().getByRole('button', { name: 'Отозвать согласие и удалить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отзыв согласия на обработку' });
    expect(await dialog.textContent()).toContain('безвозвратно удалены, в том числе из журнала аудита');
    await shoot('withdraw-dialog-ru');
    await dialog.getByRole('button', { name: 'Отозвать и удалить данные' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    await contactCard().waitFor({ state: 'detached' });
    const section = page.getByRole('region', { name: 'Контакты' });
    expect(await section.getByText('Удалённые контакты: 1').count()).toBe(1);
    expect(await section.textContent()).not.toContain('s.ivanova@example.ru');
    expect(await section.textContent()).not.toContain('Сардана');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('organization-erased-ru');
  });
});
