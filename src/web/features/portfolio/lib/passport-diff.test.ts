import { describe, expect, it } from 'vitest';
import { diffPassports, show } from './passport-diff';

const pick = (text: { ru: string | null; en: string | null; zh: string | null }) => text.en ?? '';
const format = (_field: string, value: unknown) => show(value, pick);
const passport = (overrides: Record<string, unknown> = {}) => ({
  code: 'GS-1', shortName: { ru: 'Проект', en: 'Project', zh: null }, startsOn: '2025-01-01', endsOn: '2027-12-31', stage: 'planning', nationalGoals: [],
  participants: [{ organizationId: 'o1', organizationName: { ru: null, en: 'Great Stone', zh: null }, personId: null, role: 'Executor', workloadPercent: 40 }],
  results: [], budget: [], risks: [],
  controlPoints: [{ key: 'CP1', title: { ru: null, en: 'Kick-off', zh: null }, dueOn: '2025-03-01', dependsOn: [] }],
  ...overrides,
});

describe('comparing passport versions', () => {
  it('matches control points by key, so a moved date is one changed field', () => {
    const later = passport({ controlPoints: [{ key: 'CP1', title: { ru: null, en: 'Kick-off', zh: null }, dueOn: '2025-05-01', dependsOn: [] }] });
    const changed = diffPassports(passport(), later, format).filter((r) => r.changed);
    expect(changed).toEqual([{ section: 'controlPoints', item: 'CP1', field: 'dueOn', left: '2025-03-01', right: '2025-05-01', changed: true }]);
  });

  it('shows an item present in one version only against dashes, and names participants by organization', () => {
    const more = passport({ participants: [...passport().participants as object[], { organizationId: 'o2', organizationName: { ru: null, en: 'NEFU', zh: null }, personId: null, role: 'Research', workloadPercent: null }] });
    const rows = diffPassports(passport(), more, format, (item) => pick(item.organizationName as never)).filter((r) => r.changed);
    expect(rows).toEqual([{ section: 'roles', item: 'NEFU', field: 'role', left: '—', right: 'Research', changed: true }]);
  });

  it('finds nothing changed between equal versions, and reads localized names in the given language', () => {
    const rows = diffPassports(passport(), passport(), format);
    expect(rows.some((r) => r.changed)).toBe(false);
    expect(rows.find((r) => r.field === 'shortName')?.left).toBe('Project');
  });
});
