import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-infrastructure-residents';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    object: 'Логистический склад класса А № 1', contactName: 'Контактное лицо', email: 'Электронная почта', company: 'Компания', message: 'Сообщение', consent: /согласен/, ask: 'Отправить запрос',
    addPhoto: 'Добавить фотографию', photoAlt: /фото 1 из/, notAnImage: 'Фотография должна быть изображением PNG, JPEG или WebP.',
    registerResident: 'Резидент зарегистрирован', newOrganization: 'Создать новую', country: 'Страна', countryName: 'Китай', register: 'Зарегистрировать резидента', resident: 'Резидент',
    withdraw: 'Отозвать согласие', withdrawn: 'Согласие отозвано, ваши данные удалены.', erased: /Согласие отозвано инвестором/,
  },
  en: {
    object: 'Class A logistics warehouse No. 1', contactName: 'Contact person', email: 'Email', company: 'Company', message: 'Message', consent: /I agree/, ask: 'Send the request',
    addPhoto: 'Add a photo', photoAlt: /photo 1 of/, notAnImage: 'A photo must be a PNG, JPEG or WebP image.',
    registerResident: 'Resident registered', newOrganization: 'Create a new one', country: 'Country', countryName: 'China', register: 'Register the resident', resident: 'Resident',
    withdraw: 'Withdraw my consent', withdrawn: 'Consent withdrawn, your data is erased.', erased: /The investor withdrew their consent/,
  },
  zh: {
    object: '1号A级物流仓库', contactName: '联系人', email: '电子邮箱', company: '公司', message: '留言', consent: /我同意/, ask: '发送申请',
    addPhoto: '添加照片', photoAlt: /第 1 张/, notAnImage: '照片必须是 PNG、JPEG 或 WebP 图像。',
    registerResident: '已注册为入驻企业', newOrganization: '新建组织', country: '国家', countryName: '中国', register: '登记入驻企业', resident: '入驻企业',
    withdraw: '撤回同意', withdrawn: '同意已撤回，您的数据已删除。', erased: /投资者已于/,
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

const png = '/tmp/e2e-infrastructure-photo.png';
const gif = '/tmp/e2e-infrastructure-photo.gif';
const company = (language: Language) => `Harbin Robotics ${language}`;

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // A 2×2 PNG drawn here, and a GIF the park may not use.
  writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63f8cfc0f01f0418181818fe030003f601ff2a7c8ab90000000049454e44ae426082', 'hex'));
  writeFileSync(gif, Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex'));
  journey = await startJourney();
  page = journey.page;
});
afterAll(() => endJourney(journey));

describe('photos of an object, a resident registered from a request, and the investor\'s withdrawal', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s', async (language) => {
    const text = texts[language];
    // An anonymous investor asks about the warehouse and keeps the private link.
    await logout(page).catch(() => undefined);
    await navigate(page, '/catalog/infrastructure');
    await switchLanguage(page, language);
    await settle(page);
    await followLink(page, page.getByRole('link', { name: text.object, exact: true }));
    const objectId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('textbox', { name: text.contactName }).fill(`Resident investor ${language}`);
    await page.getByRole('textbox', { name: text.email }).fill(`resident-${language}@example.cn`);
    await page.getByRole('textbox', { name: text.company }).fill(company(language));
    await page.getByRole('textbox', { name: text.message }).fill('A production building of 2,000 m².');
    await page.getByRole('checkbox', { name: text.consent }).check();
    await page.getByRole('button', { name: text.ask }).click();
    const link = (await page.getByTestId('withdrawal-link').textContent())!;
    expect(link).toMatch(/\/catalog\/infrastructure\/consent-withdrawal#[\w-]{40,}$/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`request-sent-${language}`);

    // The park manager adds a photo (a GIF is refused in words) and sees it with its alt text.
    // The manager's own language is kept with the account: the journey's language is set again.
    await login(page, 'park_manager');
    await navigate(page, `/infrastructure/objects/${objectId}`);
    await switchLanguage(page, language);
    await settle(page);
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(gif);
    await page.getByRole('alert').getByText(text.notAnImage).waitFor();
    await input.setInputFiles(png);
    await page.getByRole('img', { name: text.photoAlt }).first().waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`object-photos-${language}`);

    // …registers the anonymous investor's company as a resident of the park.
    await navigate(page, '/infrastructure?tab=requests');
    await settle(page);
    await followLink(page, page.getByRole('row', { name: new RegExp(`Resident investor ${language}`) }).getByRole('link'));
    await page.getByRole('button', { name: text.registerResident }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(text.newOrganization).click();
    await dialog.getByRole('textbox', { name: new RegExp(`${language === 'ru' ? 'англ' : language === 'en' ? 'English' : '英文'}`) }).waitFor();
    await page.getByRole('combobox', { name: text.country }).fill(text.countryName);
    await page.getByRole('option', { name: text.countryName, exact: true }).click();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`register-resident-${language}`);
    await dialog.getByRole('button', { name: text.register }).click();
    await page.getByRole('link', { name: company(language) }).waitFor();
    await page.getByText(`${text.resident}:`, { exact: false }).first().waitFor();
    // Checked once the dialog has gone: its closing fade is not what a reader meets.
    await dialog.waitFor({ state: 'detached' });
    await settle(page);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`resident-registered-${language}`);
    const requestPath = new URL(page.url()).pathname;

    // The investor withdraws their consent with the private link; the park sees the tombstone.
    await logout(page);
    await navigate(page, new URL(link).pathname + new URL(link).hash);
    await page.getByRole('button', { name: text.withdraw }).click();
    await page.getByText(text.withdrawn).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`withdrawn-${language}`);
    await login(page, 'park_manager');
    await navigate(page, requestPath);
    await switchLanguage(page, language);
    await page.getByText(text.erased).waitFor();
    expect(await page.getByText(`resident-${language}@example.cn`).count()).toBe(0);

    // The public catalog shows the photo, described.
    await logout(page);
    await navigate(page, `/catalog/infrastructure/${objectId}`);
    await page.getByRole('img', { name: text.photoAlt }).first().waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`catalog-photo-${language}`);
  });
});
