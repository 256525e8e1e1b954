/**
 * Comparing two passport versions field by field. A version is the passport as the server kept it
 * (see passportSnapshot on the server); items of a section are matched by what identifies them
 * (a result's or control point's key, a budget line's year, source and result, a risk's text,
 * a participant's organization and role), so a moved date shows as one changed field, not as a
 * removed item and an added one.
 */
export const comparedSections = ['basics', 'roles', 'results', 'controlPoints', 'budget', 'risks'] as const;
export type ComparedSection = (typeof comparedSections)[number];

export type DiffRow = { section: ComparedSection; item: string; field: string; left: string; right: string; changed: boolean };

type Passport = Record<string, unknown>;
type Item = Record<string, unknown>;

const basicsFields = ['code', 'shortName', 'fullName', 'goal', 'nationalGoals', 'startsOn', 'endsOn', 'stage', 'program', 'curator', 'manager', 'administrator', 'ecosystems', 'agreements'] as const;

/** A value as one line of text: localized names in the reader's language, people by name, lists joined. */
export function show(value: unknown, pick: (text: { ru: string | null; en: string | null; zh: string | null }) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => show(v, pick)).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('ru' in o && 'en' in o && 'zh' in o) return pick(o as { ru: string | null; en: string | null; zh: string | null }) || '—';
    if ('fullName' in o) return show(o.fullName, pick);
    if ('name' in o) return [o.code, show(o.name, pick)].filter(Boolean).join(' · ');
    if ('title' in o) return [o.number, show(o.title, pick)].filter(Boolean).join(' · ');
    if ('indicatorId' in o) return `${String(o.indicatorId).slice(0, 8)}: ${String(o.percent)}%`;
    return Object.entries(o).map(([k, v]) => `${k}: ${show(v, pick)}`).join(', ');
  }
  return String(value);
}

function identityOf(section: ComparedSection, item: Item): string {
  switch (section) {
    case 'results':
    case 'controlPoints':
      return String(item.key);
    case 'budget':
      return [item.year, item.source, item.resultKey].filter((v) => v !== null && v !== undefined).join(' · ');
    case 'risks':
      return String(item.description);
    default:
      return `${String(item.organizationId)}/${String(item.role)}`;
  }
}

const listOf = (passport: Passport | null, section: ComparedSection): Item[] =>
  (passport?.[section === 'roles' ? 'participants' : section] as Item[] | undefined) ?? [];

/** Fields that say nothing to a reader or are shown through another field. */
const hidden = new Set(['organizationId', 'organizationName', 'personId', 'obligationId', 'deviationRub', 'score', 'critical']);

/** `format` turns a field's value into the text shown; `nameOf` names a participant by its organization. */
export function diffPassports(left: Passport | null, right: Passport | null, format: (field: string, value: unknown) => string, nameOf: (item: Item) => string = () => ''): DiffRow[] {
  const rows: DiffRow[] = [];
  const push = (section: ComparedSection, item: string, field: string, a: unknown, b: unknown) => {
    const l = format(field, a);
    const r = format(field, b);
    rows.push({ section, item, field, left: l, right: r, changed: l !== r });
  };
  for (const field of basicsFields) push('basics', '', field, left?.[field], right?.[field]);
  for (const section of comparedSections.slice(1)) {
    const a = new Map(listOf(left, section).map((i) => [identityOf(section, i), i]));
    const b = new Map(listOf(right, section).map((i) => [identityOf(section, i), i]));
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const l = a.get(id);
      const r = b.get(id);
      const label = section === 'roles' ? nameOf((l ?? r)!) || id : id;
      const fields = new Set([...Object.keys(l ?? {}), ...Object.keys(r ?? {})].filter((f) => !hidden.has(f) && !(section === 'risks' && f === 'description')));
      // A risk in one version only still shows its description as a row: that is what identifies it.
      if (section === 'risks') push(section, label, 'description', l?.description, r?.description);
      for (const field of fields) push(section, label, field, l?.[field], r?.[field]);
    }
  }
  return rows;
}
