import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/languages';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { followLink, navigate, settle } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { pageLanguage, switchLanguage } from './support/languages';

const shots = '/tmp/shots-portfolio-editing';
let journey: Journey;
let page: Page;

/** Texts the journey looks for; they match src/web/i18n on purpose, not by import. */
const texts = {
  ru: {
    code: 'GS-MAT-01', editPoints: 'Изменить: Контрольные точки', due: 'Срок', save: 'Сохранить', saved: /Раздел паспорта сохранён/,
    outside: /вне сроков проекта/, refused: 'Даты контрольной точки должны лежать в пределах сроков проекта.',
    left: 'Версия слева', right: 'Версия справа', current: /^Текущая, версия/, changed: /Изменено полей: [1-9]/, dueField: 'Срок', program: 'Программа',
    byStage: 'Проекты по этапам',
  },
  en: {
    code: 'HTP-IT-01', editPoints: 'Edit: Control points', due: 'Due date', save: 'Save', saved: /Passport section saved/,
    outside: /outside the project's dates/, refused: 'A control point\'s dates must lie within the project\'s dates.',
    left: 'Left version', right: 'Right version', current: /^Current, version/, changed: /Fields changed: [1-9]/, dueField: 'Due date', program: 'Program',
    byStage: 'Projects by stage',
  },
  zh: {
    code: 'GS-MED-01', editPoints: '编辑：控制点', due: '期限', save: '保存', saved: /护照部分已保存/,
    outside: /超出项目期限/, refused: '控制点的日期必须在项目期限之内。',
    left: '左侧版本', right: '右侧版本', current: /^当前，版本/, changed: /已变更字段：[1-9]/, dueField: '期限', program: '计划',
    byStage: '按阶段统计的项目',
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

/** The people and links dialog: a new curator (the demo admin, named alike in every language) and a direction added. */
const people = {
  ru: { edit: 'Люди и связи', curator: 'Куратор', directions: 'Направления', direction: 'Дизайн', basics: 'Основные сведения' },
  en: { edit: 'People and links', curator: 'Curator', directions: 'Directions', direction: 'Design', basics: 'Basics' },
  zh: { edit: '人员与关联', curator: '项目督导', directions: '合作方向', direction: '设计', basics: '基本信息' },
} satisfies Record<Language, Record<string, string>>;
const newCurator = 'Демо Администратор';

async function shoot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function openIn(path: string, language: Language) {
  await navigate(page, path);
  if ((await pageLanguage(page)) !== language) {
    await switchLanguage(page, language);
    await navigate(page, path);
  }
}

type ProjectFacts = { id: string; startsOn: string; endsOn: string; version: number; controlPoints: { key: string; dueOn: string }[]; program: { id: string } | null };

async function projectByCode(code: string): Promise<ProjectFacts> {
  const overview = await (await page.request.get('/api/portfolio/overview?pageSize=200')).json() as { items: { id: string; code: string }[] };
  const id = overview.items.find((p) => p.code === code)!.id;
  return await (await page.request.get(`/api/projects/${id}`)).json() as ProjectFacts;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  journey = await startJourney();
  page = journey.page;
  await login(page, 'coordinator');
});
afterAll(() => endJourney(journey));

describe('editing the passport', () => {
  it.each(['ru', 'en', 'zh'] as const)('in %s: a control point outside the project is refused in words, the fix is saved, two versions are compared, the program opens', async (language) => {
    const text = texts[language];
    const project = await projectByCode(text.code);
    const point = project.controlPoints[0]!;
    await openIn(`/projects/${project.id}`, language);

    // A due date after the project's end: refused, the dialog says which point and why, nothing written.
    await page.getByRole('button', { name: text.editPoints }).click();
    const dialog = page.getByRole('dialog');
    const first = dialog.getByTestId('edited-item').first();
    await first.getByLabel(new RegExp(`^${text.due}`)).fill('2099-12-31');
    await dialog.getByRole('button', { name: text.save }).click();
    const error = dialog.getByTestId('passport-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(text.refused);
    expect(await error.textContent()).toMatch(text.outside);
    expect(await error.textContent()).toContain(point.key);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`refused-${language}`);
    expect((await (await page.request.get(`/api/projects/${project.id}`)).json() as ProjectFacts).version).toBe(project.version);

    // The fix: a day within the project (its last, or its first if the point is due on the last). Saved as a new version.
    const fixed = point.dueOn === project.endsOn ? project.startsOn : project.endsOn;
    await first.getByLabel(new RegExp(`^${text.due}`)).fill(fixed);
    await dialog.getByRole('button', { name: text.save }).click();
    await page.getByText(text.saved).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const saved = await (await page.request.get(`/api/projects/${project.id}`)).json() as ProjectFacts;
    expect(saved.version).toBe(project.version + 1);
    expect(saved.controlPoints.find((p) => p.key === point.key)?.dueOn).toBe(fixed);

    // The version kept before the write against the current one: the moved due date is highlighted.
    const compare = page.getByTestId('version-compare');
    await compare.getByRole('combobox', { name: text.left, exact: true }).click();
    // The options: the current passport first, then the kept versions, newest first: the one kept by this write is second.
    // Only the open list's options: the language switcher keeps its own list in the page.
    const options = page.locator('[role=listbox]:visible').getByRole('option');
    expect(await options.nth(1).textContent()).toContain(String(project.version));
    await options.nth(1).click();
    await compare.getByRole('combobox', { name: text.right, exact: true }).click();
    await page.getByRole('option', { name: text.current }).click();
    expect(await compare.getByTestId('changed-count').textContent()).toMatch(text.changed);
    const changedRow = compare.locator('tr[data-changed]', { hasText: point.key }).filter({ hasText: text.dueField });
    await changedRow.first().waitFor();
    expect(await changedRow.count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await compare.scrollIntoViewIfNeeded();
    await shoot(`versions-${language}`);

    // The program page, from the passport's link: its projects and roll-ups.
    await followLink(page, page.getByRole('link', { name: new RegExp(`^JOINT-`) }).first());
    await settle(page);
    await page.getByTestId('program-rollup').waitFor();
    await page.getByText(text.byStage).waitFor();
    await page.getByRole('cell', { name: text.code, exact: true }).waitFor();
    expect(page.url()).toContain(`/programs/${project.program!.id}`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`program-${language}`);
  }, 180_000);

  it.each(['ru', 'en', 'zh'] as const)('in %s: the curator and a direction are changed in the browser and are there after a reload', async (language) => {
    const text = { ...texts[language], ...people[language] };
    const project = await projectByCode(text.code);
    await openIn(`/projects/${project.id}`, language);

    await page.getByRole('button', { name: text.edit }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text.curator, { exact: true }).click();
    await page.getByRole('option', { name: newCurator, exact: true }).click();
    const directions = dialog.getByLabel(text.directions, { exact: true });
    await directions.click();
    await directions.fill(text.direction);
    await page.getByRole('option', { name: text.direction, exact: true }).click();
    await dialog.getByRole('heading').first().click(); // closes the list, keeps the dialog
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`people-dialog-${language}`);
    await dialog.getByRole('button', { name: text.save }).click();
    await page.getByText(text.saved).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    const basics = page.getByRole('region', { name: text.basics, exact: true });
    await basics.getByText(newCurator, { exact: true }).waitFor();
    await basics.getByText(new RegExp(`(^|, )${text.direction}(,|$)`)).waitFor();
    const saved = await (await page.request.get(`/api/projects/${project.id}`)).json() as { curator: { fullName: string }; directions: { code: string }[] };
    expect(saved.curator.fullName).toBe(newCurator);
    expect(saved.directions.map((d) => d.code)).toContain('design');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await shoot(`people-saved-${language}`);
  }, 180_000);
});
