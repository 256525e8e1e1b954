import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login, logout } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

const shots = '/tmp/shots-partnering-journey';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    newTitle: 'Новое предложение или запрос', title: 'Название', summary: 'Кратко', description: 'Описание', directions: 'Направления', livestock: 'Животноводство',
    trl: 'Уровень готовности технологии (УГТ)', licence: 'лицензия', prechecks: 'Автоматическая проверка', tooShort: 'Описание слишком короткое',
    passed: 'Всё заполнено — профиль можно отправить на экспертизу.', submit: 'Отправить на экспертизу', submitted: 'На экспертизе', queue: 'Очередь экспертизы',
    saveReview: 'Сохранить оценку', published: 'Опубликован', matches: 'Подходящие партнёры', fromProfile: 'От имени профиля', message: 'Сообщение', send: 'Отправить',
    interests: 'Заявки о заинтересованности', intermediaryTab: 'Для знакомства', outbox: 'Исходящие', introduce: 'Познакомить стороны', introducedStatus: 'Стороны познакомлены',
    meetingOn: 'Дата встречи', online: 'Онлайн', meetingNotes: 'Заметки о встрече', saveMeeting: 'Сохранить встречу', outcomeKind: 'Чем закончилось', project: 'Совместный проект',
    projectLink: 'Ссылка на совместный проект', saveOutcome: 'Записать итог', sent: 'Заявка отправлена.',
  },
  en: {
    newTitle: 'New offer or request', title: 'Title', summary: 'Summary', description: 'Description', directions: 'Directions', livestock: 'Livestock farming',
    trl: 'Technology readiness level (TRL)', licence: 'licence', prechecks: 'Automatic pre-checks', tooShort: 'The description is too short',
    passed: 'Everything is in place: the profile can be submitted for review.', submit: 'Submit for review', submitted: 'Submitted', queue: 'Review queue',
    saveReview: 'Save the scores', published: 'Published', matches: 'Matching partners', fromProfile: 'On behalf of the profile', message: 'Message', send: 'Send',
    interests: 'Expressions of interest', intermediaryTab: 'To introduce', outbox: 'Outbox', introduce: 'Introduce the parties', introducedStatus: 'Introduced',
    meetingOn: 'Meeting date', online: 'Online', meetingNotes: 'Meeting notes', saveMeeting: 'Save meeting', outcomeKind: 'How it ended', project: 'Joint project',
    projectLink: 'Link to the joint project', saveOutcome: 'Record outcome', sent: 'Expression of interest sent.',
  },
  zh: {
    newTitle: '发布新的供给或需求', title: '标题', summary: '摘要', description: '详细描述', directions: '合作方向', livestock: '畜牧业',
    trl: '技术成熟度（TRL）', licence: '许可', prechecks: '自动预检', tooShort: '描述过短',
    passed: '信息已完整，可以提交审核。', submit: '提交审核', submitted: '已提交', queue: '审核队列',
    saveReview: '保存评分', published: '已发布', matches: '匹配的合作伙伴', fromProfile: '以此简介名义', message: '留言', send: '发送',
    interests: '合作意向', intermediaryTab: '待引荐', outbox: '发件箱', introduce: '引荐双方', introducedStatus: '已引荐',
    meetingOn: '会面日期', online: '线上', meetingNotes: '会面记录', saveMeeting: '保存会面', outcomeKind: '最终结果', project: '合作项目',
    projectLink: '联合项目链接', saveOutcome: '记录结果', sent: '合作意向已发送。',
  },
} satisfies Record<Language, Record<string, string>>;

/** The offer the member writes, in the language of the run. */
const offers = {
  ru: {
    title: 'Пробиотические ферменты для кормов северного скота',
    summary: 'Ферментные препараты и пробиотики для кормовых добавок, сохраняющие активность на морозе.',
    description: 'Мы производим ферментные препараты и пробиотические кормовые добавки для крупного рогатого скота и северных оленей. Штаммы отобраны для хранения в холоде и повышают усвояемость грубых кормов. Предлагаем лицензию на технологию и совместное производство добавок, готовы провести испытания на фермах партнёра.',
  },
  en: {
    title: 'Probiotic feed enzymes for northern cattle',
    summary: 'Enzyme preparations and probiotics for feed additives that stay active in the cold.',
    description: 'We produce enzyme preparations and probiotic feed additives for cattle and reindeer. Our strains are selected to survive cold storage and raise the digestibility of coarse feed. We offer a licence for the technology and joint production of the additives, and we are ready to run trials on a partner\'s farms.',
  },
  zh: {
    title: '适用于北方牲畜的益生菌饲料酶制剂',
    summary: '用于饲料添加剂的酶制剂和益生菌，低温下保持活性。',
    description: '我们生产用于牛和驯鹿的酶制剂与益生菌饲料添加剂。菌株经过筛选，可在低温储存中保持活性，提高粗饲料的消化率。我们提供技术许可并可合作生产饲料添加剂，愿意在合作伙伴的农场开展试验。',
  },
} satisfies Record<Language, Record<string, string>>;

/** An anonymous Yakut request, so the member's interest goes through an intermediary. */
const anonymousRequestTitle = 'Ищем пробиотики и ферменты для кормов северных хозяйств';

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function signInAs(role: 'member' | 'coordinator', path: string, language: Language) {
  await logout(page);
  await login(page, role);
  await navigate(page, path);
  await switchLanguage(page, language);
  await settle(page);
}

async function expectNoViolations(name: string) {
  expect(await findAccessibilityViolations(page), name).toEqual([]);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  // The anonymous request, written, submitted and published through the API by the center.
  await login(page, 'coordinator');
  const csrf = ((await (await page.request.get('/api/auth/csrf')).json()) as { token: string }).token;
  const headers = { 'x-csrf-token': csrf };
  const directions = (await (await page.request.get('/api/directions')).json()) as { items: { id: string; code: string }[] };
  const yakut = (await (await page.request.get('/api/partnering/profiles?q=кормовые добавки')).json()) as { items: { organization: { id: string } | null }[] };
  const created = await page.request.post('/api/partnering/profiles', {
    headers,
    data: {
      organizationId: yakut.items[0]!.organization!.id, type: 'technology_request', title: anonymousRequestTitle, anonymous: true,
      summary: 'Хозяйства Якутии ищут пробиотики и ферментные кормовые добавки для скота и оленей, устойчивые к холоду.',
      description: 'Нам нужны пробиотические штаммы и ферментные препараты для кормовых добавок, которые сохраняют активность при хранении на морозе и повышают усвояемость кормов зимой. Рассматриваем лицензию и совместное производство добавок в Якутии, готовы к испытаниям на фермах и в оленеводческих хозяйствах.',
      keywords: ['пробиотик', 'ферменты', 'кормовые добавки'], directionIds: [directions.items.find((d) => d.code === 'livestock')!.id], trl: 5, partnershipTypes: ['licence', 'joint_venture'],
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  expect((await page.request.post(`/api/partnering/profiles/${id}/submit`, { headers, data: {} })).status()).toBe(200);
  const reviewed = await page.request.post(`/api/partnering/profiles/${id}/review`, { headers, data: { scores: { innovation: 4, clarity: 4, expectations: 4, completeness: 4 } } });
  expect(((await reviewed.json()) as { status: string }).status).toBe('published');
}, 240_000);
afterAll(() => endJourney(journey));

describe('partnering from the editor to the outcome', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s: write, review, match, interest, introduction, meeting, outcome', async (language) => {
    const text = texts[language];
    const offer = offers[language];

    // The member writes the offer; the pre-checks answer as they type.
    await signInAs('member', '/partnering/profiles/new', language);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.newTitle);
    const prechecks = page.getByRole('region', { name: text.prechecks });
    await page.getByRole('textbox', { name: text.title, exact: true }).fill(offer.title);
    await page.getByRole('textbox', { name: text.summary, exact: true }).fill(offer.summary);
    await page.getByRole('textbox', { name: text.description, exact: true }).fill(offer.summary);
    await prechecks.getByText(text.tooShort).waitFor();
    await page.getByRole('textbox', { name: text.description, exact: true }).fill(offer.description);
    expect(await prechecks.textContent()).not.toContain(text.tooShort);
    await page.getByRole('combobox', { name: text.directions, exact: true }).click();
    await page.getByRole('option', { name: text.livestock, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: text.trl, exact: true }).fill('7');
    await page.getByRole('checkbox', { name: text.licence, exact: true }).check();
    await prechecks.getByText(text.passed).waitFor();
    await expectNoViolations('editor');
    await shoot(`editor-${language}`);
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL(/\/partnering\/profiles\/[0-9a-f-]{36}$/);
    const offerPath = new URL(page.url()).pathname;
    await settle(page);
    await page.getByText(text.submitted, { exact: true }).first().waitFor();

    // The coordinator finds it in the review queue and publishes it.
    await signInAs('coordinator', '/partnering/review', language);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.queue);
    await expectNoViolations('review queue');
    await shoot(`review-queue-${language}`);
    await page.getByRole('link', { name: offer.title }).click();
    await page.waitForURL((url) => url.pathname === offerPath);
    await settle(page);
    await page.getByRole('heading', { level: 1, name: offer.title }).waitFor();
    await page.getByRole('button', { name: text.saveReview }).waitFor();
    await expectNoViolations('review form');
    await page.getByRole('button', { name: text.saveReview }).click();
    await page.getByText(text.published, { exact: true }).first().waitFor();

    // The member reads the matches with their reasons and writes to the anonymous request.
    await signInAs('member', offerPath, language);
    const matches = page.getByRole('region', { name: text.matches });
    const match = matches.getByRole('link', { name: anonymousRequestTitle });
    await match.waitFor();
    const card = matches.getByRole('article').filter({ has: page.getByRole('link', { name: anonymousRequestTitle }) });
    expect((await card.getByRole('listitem').allTextContents()).length).toBeGreaterThan(0);
    await page.getByRole('region', { name: text.prechecks }).count().then((n) => expect(n).toBe(0));
    await expectNoViolations('published offer with matches');
    await shoot(`matches-${language}`);
    await match.click();
    await page.waitForURL((url) => url.pathname !== offerPath);
    await settle(page);
    await page.getByRole('combobox', { name: text.fromProfile, exact: true }).click();
    await page.getByRole('option', { name: offer.title }).click();
    await page.getByRole('textbox', { name: text.message, exact: true }).fill(`${offer.summary} (${language})`);
    await page.getByRole('button', { name: text.send, exact: true }).click();
    await page.getByText(text.sent, { exact: true }).waitFor();

    // The intermediary (the center) introduces the parties.
    await signInAs('coordinator', '/partnering/interests', language);
    await page.getByRole('tab', { name: text.intermediaryTab }).click();
    const interest = page.getByRole('article', { name: `${offer.title} → ${anonymousRequestTitle}` });
    await interest.waitFor();
    await expectNoViolations('intermediary box');
    await shoot(`intermediary-${language}`);
    await interest.getByRole('button', { name: text.introduce }).click();
    await interest.getByText(text.introducedStatus, { exact: true }).waitFor();

    // The member records the meeting and the outcome from the outbox.
    await signInAs('member', '/partnering/interests', language);
    await page.getByRole('tab', { name: text.outbox }).click();
    const sent = page.getByRole('article', { name: `${offer.title} → ${anonymousRequestTitle}` });
    await sent.waitFor();
    await sent.getByLabel(text.meetingOn).fill('2026-12-15');
    await sent.getByText(text.online, { exact: true }).click();
    await sent.getByRole('textbox', { name: text.meetingNotes }).fill('Pilot on two farms');
    await sent.getByRole('button', { name: text.saveMeeting }).click();
    await sent.getByText('Pilot on two farms').first().waitFor();
    await sent.getByRole('combobox', { name: text.outcomeKind, exact: true }).click();
    await page.getByRole('option', { name: text.project }).click();
    await sent.getByRole('textbox', { name: text.projectLink }).fill(`https://northbridge.example/projects/feed-enzymes-${language}`);
    await sent.getByRole('button', { name: text.saveOutcome }).click();
    await sent.getByText(`https://northbridge.example/projects/feed-enzymes-${language}`).waitFor();
    expect(await sent.getByText(text.project, { exact: true }).count()).toBeGreaterThan(0);
    await expectNoViolations('outbox with the outcome');
    await shoot(`outcome-${language}`);
  });

  it('the dashboard shows the funnel to the center', async () => {
    await signInAs('coordinator', '/', 'en');
    await page.getByRole('region', { name: 'Partnering funnel' }).waitFor();
    await expectNoViolations('dashboard');
    await shoot('dashboard-en');
  });
});
