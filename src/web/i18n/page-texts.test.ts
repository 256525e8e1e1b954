import { describe, expect, it } from 'vitest';
import { findPageTexts, textsStartingWith } from '../../../scripts/page-texts';
import { ru, sectionNames } from './messages';

// The build reads the source of src/web; so does this test (no node:* imports under src/web).
const webRoot = decodeURIComponent(new URL('..', import.meta.url).pathname);
const { start, pages } = findPageTexts(webRoot, sectionNames);
const sectionsOf = (page: string) => [...new Set(pages.get(page)!.map((key) => key.slice(0, key.indexOf('.'))))];

describe('the interface texts split by page (ADR 040)', () => {
  it('finds every lazy page of the router, the two layouts among them', () => {
    expect(pages.size).toBeGreaterThan(40);
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['AppLayout', 'CatalogLayout', 'LoginPage', 'DashboardPage', 'OrganizationsPage']));
  });

  it('loads with the entry what the frame and its error pages say, and little else', () => {
    expect(start).toEqual(expect.arrayContaining(['app', 'common', 'errorPage', 'notFound']));
    expect(start).not.toContain('organizations');
  });

  it('gives each page the keys its modules name beyond the entry’s sections, shared components included', () => {
    expect(sectionsOf('LoginPage')).toContain('auth');
    expect(sectionsOf('AppLayout')).toEqual(expect.arrayContaining(['nav', 'userMenu', 'search']));
    // The dashboard's cards come from other features (components/ui and their sections).
    expect(sectionsOf('DashboardPage')).toEqual(expect.arrayContaining(['dashboard', 'indicators', 'agreements', 'enums']));
    for (const page of pages.keys()) expect(sectionsOf(page).filter((section) => start.includes(section))).toEqual([]);
  });

  it('takes a key as far as it is written, so a key finished at run time brings every key it can become', () => {
    // agreement-status-badge.tsx: t(`enums.agreementStatus.${status}`)
    expect(pages.get('AgreementsPage')).toContain('enums.agreementStatus.');
    const picked = textsStartingWith(ru, pages.get('AgreementsPage')!) as typeof ru;
    expect(picked.enums.agreementStatus).toEqual(ru.enums.agreementStatus);
    // Keys of a section no module of the page names stay out (the dashboard names a few of the list's).
    expect(Object.keys(textsStartingWith(ru, pages.get('DashboardPage')!).agreements ?? {}).length).toBeLessThan(Object.keys(ru.agreements).length);
  });
});

describe('picking the texts that start with the keys a page names', () => {
  const texts = { agreement: { title: 'A' }, agreements: { title: 'B', count_one: 'C', count_other: 'D', status: { draft: 'E', active: 'F' }, statusHint: 'G' } };

  it('keeps the plural forms of a key and everything under a beginning, and no other section', () => {
    expect(textsStartingWith(texts, ['agreements.count', 'agreements.status.'])).toEqual({ agreements: { count_one: 'C', count_other: 'D', status: { draft: 'E', active: 'F' } } });
  });

  it('reads a section’s name with its dot, so one section is not taken for another it begins', () => {
    expect(textsStartingWith(texts, ['agreement.'])).toEqual({ agreement: { title: 'A' } });
    expect(textsStartingWith(texts, ['agreements.'])).toEqual({ agreements: texts.agreements });
  });
});
