import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-events-editing';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n, src/shared/errors and the demo world on purpose, not by import. */
const texts = {
  ru: {
    colon: ': ', newEvent: 'Новое мероприятие', kind: 'Вид мероприятия', forum: 'Форум', title: 'Название (рус.)', startsAt: 'Начало', endsAt: 'Окончание',
    place: 'Место (рус.)', organizer: 'Организатор', create: 'Создать мероприятие', endsBeforeStart: 'Окончание раньше начала.',
    organizerSearch: 'Центр управления проектами', organizerName: 'Центр управления проектами научно-образовательного центра «Север»',
    organization: 'Организация из реестра', role: 'Роль', head: 'Глава делегации', host: 'Принимающая сторона', add: 'Добавить',
    guestSearch: 'Великий камень', guest: 'Администрация Китайско-Белорусского индустриального парка «Великий камень»',
    hostSearch: 'Технопарк', hostName: 'Технопарк «Якутия»',
    editAgenda: 'Изменить программу', addItem: 'Добавить пункт', item: 'Пункт', itemTitle: 'название (рус.)', saveAgenda: 'Сохранить программу', moveUp: 'выше',
    findAgreement: 'Соглашение, подписанное на мероприятии', link: 'Привязать', followUpText: 'Что сделать', owner: 'Ответственный', dueOn: 'Срок',
    addFollowUp: 'Добавить поручение', overdue: 'Просрочено', done: 'Выполнено', setUp: 'Организовать биржу', sessionStartsAt: 'Начало сессии',
    sessionEndsAt: 'Окончание сессии', slot: 'Длительность встречи, мин', tables: 'Столов', limit: 'Лимит встреч на участника', addBreak: 'Добавить перерыв',
    break: 'Перерыв 1', from: 'начало', to: 'окончание', saveBrokerage: 'Сохранить настройки', outside: 'Период выходит за рамки мероприятия или его биржи контактов.',
    settings: 'Слоты по 30 мин, столов: 6, лимит встреч по умолчанию: 5', brokerageLink: 'Биржа контактов: встречи один на один',
    edit: 'Изменить', save: 'Сохранить изменения', delete: 'Удалить', deleteYes: 'Удалить мероприятие', events: 'Мероприятия',
  },
  en: {
    colon: ': ', newEvent: 'New event', kind: 'Kind of event', forum: 'Forum', title: 'Title (English)', startsAt: 'Starts', endsAt: 'Ends',
    place: 'Place (English)', organizer: 'Organizer', create: 'Create the event', endsBeforeStart: 'The end comes before the start.',
    organizerSearch: 'Project Management Center', organizerName: 'Project Management Center of the Research and Education Center “Sever”',
    organization: 'Organization from the registry', role: 'Role', head: 'Head of delegation', host: 'Host', add: 'Add',
    guestSearch: 'Great Stone', guest: 'Administration of the China–Belarus Industrial Park “Great Stone”',
    hostSearch: 'Technopark', hostName: 'Technopark “Yakutia”',
    editAgenda: 'Edit the agenda', addItem: 'Add an item', item: 'Item', itemTitle: 'title (English)', saveAgenda: 'Save the agenda', moveUp: 'move up',
    findAgreement: 'Agreement signed at the event', link: 'Link', followUpText: 'What to do', owner: 'Owner', dueOn: 'Due',
    addFollowUp: 'Add the task', overdue: 'Overdue', done: 'Done', setUp: 'Set up a brokerage session', sessionStartsAt: 'Session starts',
    sessionEndsAt: 'Session ends', slot: 'Meeting length, min', tables: 'Tables', limit: 'Meetings per participant', addBreak: 'Add a break',
    break: 'Break 1', from: 'start', to: 'end', saveBrokerage: 'Save the settings', outside: 'A period lies outside the event or its brokerage session.',
    settings: '30-minute slots, 6 tables, default meeting limit 5', brokerageLink: 'Brokerage session: one-to-one meetings',
    edit: 'Edit', save: 'Save the changes', delete: 'Delete', deleteYes: 'Delete the event', events: 'Events',
  },
  zh: {
    colon: '：', newEvent: '新建活动', kind: '活动类型', forum: '论坛', title: '名称（中文）', startsAt: '开始时间', endsAt: '结束时间',
    place: '地点（中文）', organizer: '主办方', create: '创建活动', endsBeforeStart: '结束时间早于开始时间。',
    organizerSearch: '项目管理中心', organizerName: '“北方”科教中心项目管理中心',
    organization: '名录中的组织', role: '角色', head: '代表团团长', host: '东道方', add: '添加',
    guestSearch: '中白工业园区', guest: '中白工业园区管理委员会',
    hostSearch: '科技园', hostName: '“雅库特”科技园',
    editAgenda: '编辑议程', addItem: '添加议程项', item: '第', itemTitle: '名称（中文）', saveAgenda: '保存议程', moveUp: '上移',
    findAgreement: '在活动中签署的协议', link: '关联', followUpText: '任务内容', owner: '负责方', dueOn: '期限',
    addFollowUp: '添加任务', overdue: '已逾期', done: '完成', setUp: '设置对接会', sessionStartsAt: '会期开始',
    sessionEndsAt: '会期结束', slot: '每场会谈时长（分钟）', tables: '会谈桌数', limit: '每位参与方的会谈上限', addBreak: '添加休息',
    break: '休息 1', from: '开始', to: '结束', saveBrokerage: '保存设置', outside: '时段超出了活动或其对接会的时间范围。',
    settings: '每个时段30分钟，6张会谈桌，默认会谈上限5次', brokerageLink: '对接会：一对一会谈',
    edit: '编辑', save: '保存修改', delete: '删除', deleteYes: '删除活动', events: '活动',
  },
} satisfies Record<Language, Record<string, string>>;

/** The agenda item's label as the page writes it: "Пункт 1", "Item 1", "第1项". */
const itemName = (language: Language, n: number) => (language === 'zh' ? `第${n}项` : `${texts[language].item} ${n}`);

async function shoot(name: string) {
  // From the top: a full-page shot taken while scrolled would draw the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** A field by its label's text, which carries " *" when the field is required. */
function field(label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

/** Types into a searchable picker and chooses the option of this name (an organization's option also names its country). */
async function pick(label: string, search: string, option: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The event's URL once saved: /events/<uuid>. */
const eventUrl = /\/events\/[0-9a-f-]{36}$/;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

describe('a coordinator prepares an event', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s: creates it, adds participants, agenda, outcomes and brokerage settings', async (language) => {
    const text = texts[language];
    const title = `E2E ${language} forum ${Date.now()}`;
    await navigate(page, '/events');
    await switchLanguage(page, language);
    await settle(page);
    await followLink(page, page.getByRole('link', { name: text.newEvent }));

    await choose(text.kind, text.forum);
    await page.getByRole('textbox', { name: text.title, exact: true }).fill(title);
    await field(text.startsAt).fill('2027-03-10T09:00');
    await field(text.endsAt).fill('2027-03-09T18:00');
    await page.getByRole('textbox', { name: text.place, exact: true }).fill('Якутск / Yakutsk');
    await pick(text.organizer, text.organizerSearch, text.organizerName);

    // An end before the start is refused in words, and nothing is sent.
    await page.getByRole('button', { name: text.create }).click();
    await page.getByText(text.endsBeforeStart).waitFor();
    expect(new URL(page.url()).pathname).toBe('/events/new');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`new-event-refused-${language}`);

    await field(text.endsAt).fill('2027-03-11T18:00');
    await page.getByRole('button', { name: text.create }).click();
    await page.waitForURL(eventUrl);
    await settle(page);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Participants: the guest heads the delegation, the host is added as a member and then made the host.
    await pick(text.organization, text.guestSearch, text.guest);
    await choose(text.role, text.head);
    await page.getByRole('button', { name: text.add, exact: true }).click();
    await page.getByRole('combobox', { name: `${text.role}${text.colon}${text.guest}` }).waitFor();
    await pick(text.organization, text.hostSearch, text.hostName);
    await page.getByRole('button', { name: text.add, exact: true }).click();
    const hostRole = page.getByRole('combobox', { name: `${text.role}${text.colon}${text.hostName}` });
    await hostRole.waitFor();
    await hostRole.click();
    await page.getByRole('option', { name: text.host, exact: true }).click();
    await expect.poll(() => hostRole.inputValue()).toBe(text.host);
    expect(await page.getByRole('combobox', { name: `${text.role}${text.colon}${text.guest}` }).inputValue()).toBe(text.head);

    // Agenda: two items, the second put first.
    await page.getByRole('button', { name: text.editAgenda }).click();
    await page.getByRole('button', { name: text.addItem }).click();
    await page.getByRole('button', { name: text.addItem }).click();
    await page.getByRole('textbox', { name: `${itemName(language, 1)}${text.colon}${text.itemTitle}`, exact: true }).fill(`${title}: plenary`);
    await page.getByRole('textbox', { name: `${itemName(language, 2)}${text.colon}${text.itemTitle}`, exact: true }).fill(`${title}: opening`);
    await page.getByRole('button', { name: `${itemName(language, 2)}${text.colon}${text.moveUp}` }).click();
    await page.getByRole('button', { name: text.saveAgenda }).click();
    await page.getByRole('button', { name: text.editAgenda }).waitFor();
    const agenda = await page.getByRole('listitem').filter({ hasText: title }).allTextContents();
    expect(agenda.findIndex((t) => t.includes('opening'))).toBeLessThan(agenda.findIndex((t) => t.includes('plenary')));

    // Outcomes: the demo agreement, and a task already past its due date, then done.
    const agreementInput = page.getByRole('combobox', { name: text.findAgreement, exact: true });
    await agreementInput.click();
    await agreementInput.fill('NB-DEMO-2025-001');
    await page.getByRole('option').filter({ hasText: 'NB-DEMO-2025-001' }).click();
    await page.getByRole('button', { name: text.link, exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: 'NB-DEMO-2025-001' }).waitFor();

    await page.getByRole('textbox', { name: text.followUpText }).fill(`${title}: send the memorandum draft`);
    await choose(text.owner, text.guest);
    await field(text.dueOn).fill('2026-01-15');
    await page.getByRole('button', { name: text.addFollowUp }).click();
    const task = page.getByRole('row').filter({ hasText: `${title}: send the memorandum draft` });
    await task.getByText(text.overdue).waitFor();
    await task.getByRole('button', { name: `${text.done}${text.colon}${title}: send the memorandum draft` }).click();
    await task.getByText(text.overdue).waitFor({ state: 'detached' });

    // Brokerage settings: an end before the start and a session outside the event are refused in words.
    await page.getByRole('button', { name: text.setUp }).click();
    await field(text.sessionStartsAt).fill('2027-03-10T14:00');
    await field(text.sessionEndsAt).fill('2027-03-10T10:00');
    await page.getByRole('button', { name: text.saveBrokerage }).click();
    await page.getByText(text.endsBeforeStart).waitFor();
    await field(text.sessionEndsAt).fill('2027-03-12T10:00');
    await page.getByRole('button', { name: text.saveBrokerage }).click();
    await page.getByText(text.outside).waitFor();
    await field(text.sessionEndsAt).fill('2027-03-10T18:00');
    await field(text.slot).fill('30');
    await field(text.tables).fill('6');
    await field(text.limit).fill('5');
    await page.getByRole('button', { name: text.addBreak }).click();
    await field(`${text.break}${text.colon}${text.from}`).fill('2027-03-10T16:00');
    await field(`${text.break}${text.colon}${text.to}`).fill('2027-03-10T16:30');
    await page.getByRole('button', { name: text.saveBrokerage }).click();
    await page.getByText(text.settings).waitFor();
    await page.getByRole('link', { name: text.brokerageLink }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`event-managed-${language}`);
  }, 240_000); // one long journey through every part of the page, on a shared two-core machine

  it('edits the event and deletes it after confirming', async () => {
    const text = texts.en;
    await navigate(page, '/events');
    await switchLanguage(page, 'en');
    await settle(page);
    const created = page.getByRole('link', { name: /^E2E en forum / });
    await followLink(page, created.first());
    await followLink(page, page.getByRole('link', { name: text.edit, exact: true }));
    const title = page.getByRole('textbox', { name: text.title, exact: true });
    const renamed = `${await title.inputValue()} (renamed)`;
    await title.fill(renamed);
    await field(text.endsAt).fill('2027-03-01T10:00');
    await page.getByRole('button', { name: text.save }).click();
    await page.getByText(text.endsBeforeStart).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot('edit-event-refused-en');
    await field(text.endsAt).fill('2027-03-11T18:00');
    await page.getByRole('button', { name: text.save }).click();
    await page.waitForURL(eventUrl);
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();

    await page.getByRole('button', { name: text.delete, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: text.deleteYes }).click();
    await page.waitForURL((url) => url.pathname === '/events');
    await settle(page);
    expect(await page.getByRole('link', { name: renamed }).count()).toBe(0);
  });

  it('a member sees the events without the means to change them', async () => {
    await logout(page);
    await login(page, 'member');
    await navigate(page, '/events');
    await switchLanguage(page, 'ru');
    await settle(page);
    expect(await page.getByRole('link', { name: texts.ru.newEvent }).count()).toBe(0);
    await followLink(page, page.getByRole('link', { name: 'Биржа контактов «Великий камень — ПВТ — Якутия»', exact: true }));
    expect(await page.getByRole('link', { name: texts.ru.edit, exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: texts.ru.delete, exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: texts.ru.editAgenda }).count()).toBe(0);
  });
});
