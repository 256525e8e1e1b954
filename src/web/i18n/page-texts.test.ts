import { describe, expect, it } from 'vitest';
import { findPageTexts } from '../../../scripts/page-texts';
import { sectionNames } from './messages';

// The build reads the source of src/web; so does this test (no node:* imports under src/web).
const webRoot = decodeURIComponent(new URL('..', import.meta.url).pathname);
const { start, pages } = findPageTexts(webRoot, sectionNames);

describe('the interface texts split by page (ADR 040)', () => {
  it('finds every lazy page of the router, the two layouts among them', () => {
    expect(pages.size).toBeGreaterThan(40);
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['AppLayout', 'CatalogLayout', 'LoginPage', 'DashboardPage', 'OrganizationsPage']));
  });

  it('loads with the entry what the frame and its error pages say, and little else', () => {
    expect(start).toEqual(expect.arrayContaining(['app', 'common', 'errorPage', 'notFound']));
    expect(start).not.toContain('organizations');
  });

  it('gives each page the sections its modules use beyond the entry’s, shared components included', () => {
    expect(pages.get('LoginPage')).toContain('auth');
    expect(pages.get('AppLayout')).toEqual(expect.arrayContaining(['nav', 'userMenu', 'search']));
    // The dashboard's cards come from other features (components/ui and their sections).
    expect(pages.get('DashboardPage')).toEqual(expect.arrayContaining(['dashboard', 'indicators', 'agreements', 'enums']));
    for (const part of pages.values()) expect(part.filter((section) => start.includes(section))).toEqual([]);
  });
});
