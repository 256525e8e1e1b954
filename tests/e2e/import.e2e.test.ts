import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from './support/auth';
import { findAccessibilityViolations } from './support/axe';
import { navigate } from './support/browser';
import { endJourney, startJourney, type Journey } from './support/journey';
import { switchLanguage } from './support/languages';

let journey: Journey;
let page: Page;
const folder = mkdtempSync(path.join(tmpdir(), 'nb-import-'));
const shots = '/tmp/shots';

function residentsFile(name: string, innOfSecond: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, ['Название;Страна;ИНН;Тип', 'ООО «Северный импорт»;RU;7707083893;company', `ООО «Второй импорт»;RU;${innOfSecond};company`, 'Import Minsk LLC;BY;;company'].join('\n'));
  return file;
}

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  mkdirSync(shots, { recursive: true });
  await login(page, 'park_manager');
});
afterAll(() => endJourney(journey));

async function uploadFrom(file: string) {
  await navigate(page, '/ecosystems');
  await page.getByRole('link', { name: /Great Stone|Великий камень|巨石/ }).first().click();
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import organizations' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByRole('heading', { level: 2, name: 'Column mapping' }).waitFor();
}

describe('a park manager imports new residents', () => {
  it('sees the bad row with its reason, fixes the file, commits, and follows the progress to the end', async () => {
    await navigate(page, '/');
    await switchLanguage(page, 'en');
    await uploadFrom(residentsFile('with-error.csv', '500100732258'));
    await page.getByRole('button', { name: 'Check' }).click();
    const errors = page.getByRole('region', { name: 'Errors by row' }).getByRole('table');
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).textContent()).toMatch(/3.*ИНН.*checksum/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/import-errors-en.png`, fullPage: true });

    await uploadFrom(residentsFile('fixed.csv', '500100732259'));
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('No errors: ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    // The run lives at its own address: a reload shows the same finished state.
    await page.reload();
    await page.getByText('3 of 3 done').waitFor();
    await page.screenshot({ path: `${shots}/import-done-en.png`, fullPage: true });

    await navigate(page, `/organizations?q=${encodeURIComponent('Северный импорт')}`);
    await page.getByRole('link', { name: /Северный импорт/ }).first().waitFor();
  });

  it('reads in Russian and Chinese too', async () => {
    for (const [language, heading] of [['ru', 'Импорт организаций'], ['zh', '导入组织']] as const) {
      await switchLanguage(page, language);
      await navigate(page, '/imports');
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await findAccessibilityViolations(page)).toEqual([]);
    }
  });
});
