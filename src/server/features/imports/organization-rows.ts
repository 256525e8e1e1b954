/**
 * Turning spreadsheet rows into organization writes: the mapping of columns to fields, the
 * values people type (spaces in numbers, decimal commas, lists with semicolons), and every problem
 * named by its row and column.
 */
import type { z } from 'zod';
import { organizationImportFields, type ColumnMapping, type OrganizationImportField, type RowIssue } from '../../../shared/contracts/imports';
import { updateOrganizationInput } from '../../../shared/contracts/organization-input';
import { errorMessage, fieldIssueMessages, type FieldIssueKind } from '../../../shared/errors';
import { identifierSchemes } from '../../../shared/identifiers';
import type { Language } from '../../../shared/languages';
import { residentTypeOf, type ResidentType } from '../../../shared/resident-types';
import type { ReadTable } from '../../lib/spreadsheet-reader';
import { restoreNeutralizedFormula } from '../../lib/spreadsheet-reader';
import type { Fields } from '../registry/organization-writes';

/** Headers people use for each field, besides the field's own name (matched case-insensitively). */
const aliases: Partial<Record<OrganizationImportField, string[]>> = {
  name_ru: ['название', 'наименование', 'полное наименование', 'name (ru)'],
  name_en: ['name', 'name (en)', 'english name'],
  name_zh: ['名称', '中文名称', 'name (zh)'],
  short_name_ru: ['краткое наименование', 'сокращённое наименование'],
  kind: ['тип', 'вид организации'],
  country: ['страна', '国家', 'country code'],
  city_ru: ['город', 'city'],
  website: ['сайт', 'веб-сайт', '网站'],
  inn: ['инн'],
  ogrn: ['огрн'],
  ogrnip: ['огрнип'],
  unp: ['унп'],
  uscc: ['统一社会信用代码', 'unified social credit code'],
  okved_main: ['оквэд', 'основной оквэд', 'оквэд основной'],
  okved_additional: ['дополнительные оквэд'],
  directions: ['направления'],
  description_ru: ['описание'],
  headcount: ['численность', 'employees'],
  registration_number: ['регистрационный номер', 'рег. номер', 'номер в реестре'],
  membership_status: ['статус', 'status'],
  membership_date_from: ['дата вступления', 'дата регистрации', 'date from'],
  resident_type: ['вид резидентства', 'тип резидента', 'категория резидента', 'resident type', '入驻类型'],
};

export function suggestMapping(columns: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const normalized = column.trim().toLowerCase();
    const field = organizationImportFields.find((f) => f === normalized) ?? organizationImportFields.find((f) => aliases[f]?.includes(normalized));
    if (field && !Object.values(mapping).includes(field)) mapping[column] = field;
  }
  return mapping;
}

export type PreparedRow = {
  row: number;
  id: string | null;
  externalId: string | null;
  fields: Fields;
  membership: { status: string | null; dateFrom: string | null; registrationNumber: string | null; residentType: ResidentType | null };
};

const issue = (row: number, column: string | null, code: FieldIssueKind | string, language: Language, message?: string): RowIssue => ({
  row,
  column,
  code,
  message: message ?? (code in fieldIssueMessages ? fieldIssueMessages[code as FieldIssueKind][language] : code),
});

/** "1 234 567,5" and "1,234,567.5" are both numbers people write. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0']/g, '');
  const normalized = /,\d{1,2}$/.test(compact) && !compact.includes('.') ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  const value = Number(normalized);
  return normalized !== '' && Number.isFinite(value) ? value : null;
}

const list = (text: string) => text.split(/[;\n]/).map((item) => item.trim()).filter(Boolean);

export function prepareRows(table: ReadTable, mapping: ColumnMapping, directionIdByCode: Map<string, string>, language: Language) {
  const columnOf = new Map<OrganizationImportField, number>();
  table.columns.forEach((column, index) => { const field = mapping[column]; if (field) columnOf.set(field, index); });
  const headerOf = (field: OrganizationImportField) => table.columns[columnOf.get(field) ?? -1] ?? null;
  const rows: PreparedRow[] = [];
  const errors: RowIssue[] = [];

  table.rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const get = (field: OrganizationImportField) => {
      const at = columnOf.get(field);
      const value = at === undefined ? '' : restoreNeutralizedFormula(cells[at] ?? '');
      return value === '' ? null : value;
    };
    const rowErrors: RowIssue[] = [];
    const number = (field: OrganizationImportField, integer = false) => {
      const text = get(field);
      if (text === null) return undefined;
      const value = parseNumber(text);
      if (value === null || (integer && !Number.isInteger(value))) { rowErrors.push(issue(rowNumber, headerOf(field), 'invalid_type', language)); return undefined; }
      return value;
    };
    const localized = (prefix: 'name' | 'short_name' | 'city' | 'description') => {
      const values = { ru: get(`${prefix}_ru` as OrganizationImportField), en: get(`${prefix}_en` as OrganizationImportField), zh: get(`${prefix}_zh` as OrganizationImportField) };
      return [...columnOf.keys()].some((f) => f.startsWith(`${prefix}_`)) ? values : undefined;
    };
    const presentSchemes = identifierSchemes.filter((scheme) => get(scheme));
    const directionCodes = get('directions') ? list(get('directions')!) : undefined;
    const unknownDirections = directionCodes?.filter((code) => !directionIdByCode.has(code)) ?? [];
    if (unknownDirections.length) rowErrors.push(issue(rowNumber, headerOf('directions'), 'UNKNOWN_DIRECTION', language, `${fieldIssueMessages.invalid_value[language]} ${unknownDirections.join(', ')}`));
    // A code or a label in any of the three languages; anything else is named, with what is allowed.
    const residentTypeText = get('resident_type');
    const residentType = residentTypeText === null ? null : residentTypeOf(residentTypeText);
    if (residentTypeText !== null && residentType === null) {
      rowErrors.push(issue(rowNumber, headerOf('resident_type'), 'UNKNOWN_RESIDENT_TYPE', language, `${errorMessage('UNKNOWN_RESIDENT_TYPE', language)} (${residentTypeText})`));
    }
    const okvedMain = get('okved_main');
    const okvedAdditional = get('okved_additional');
    const raw = {
      name: localized('name'),
      shortName: localized('short_name'),
      city: localized('city'),
      description: localized('description'),
      kind: get('kind') ?? undefined,
      country: get('country')?.toUpperCase() ?? undefined,
      region: get('region') ?? undefined,
      website: get('website') ?? undefined,
      sizeBand: get('size_band') ?? undefined,
      foundedYear: number('founded_year', true),
      visibility: get('visibility') ?? undefined,
      identifiers: presentSchemes.map((scheme) => ({ scheme, value: get(scheme)! })),
      activityCodes: okvedMain || okvedAdditional ? { main: okvedMain, additional: okvedAdditional ? list(okvedAdditional) : [] } : undefined,
      directionIds: directionCodes?.filter((code) => directionIdByCode.has(code)).map((code) => directionIdByCode.get(code)!),
      privateFigures: ['headcount', 'revenue_rub', 'exports_rub'].some((f) => columnOf.has(f as OrganizationImportField))
        ? { headcount: number('headcount', true) ?? null, revenueRub: number('revenue_rub') ?? null, exportsRub: number('exports_rub') ?? null }
        : undefined,
      externalId: get('external_id') ?? undefined,
    };
    const parsed = updateOrganizationInput.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
    if (!parsed.success) rowErrors.push(...parsed.error.issues.map((i) => issueFromZod(i, rowNumber, (field) => headerOf(field), (n) => headerOf(presentSchemes[n]!), language)));
    if (rowErrors.length) { errors.push(...rowErrors); return; }
    rows.push({
      row: rowNumber,
      id: get('id'),
      externalId: get('external_id'),
      fields: parsed.data as Fields,
      membership: { status: get('membership_status'), dateFrom: get('membership_date_from'), registrationNumber: get('registration_number'), residentType },
    });
  });
  return { rows, errors };
}

/** The column a validation issue belongs to, from the path of the input the row was turned into. */
function issueFromZod(zodIssue: z.core.$ZodIssue, row: number, headerOf: (field: OrganizationImportField) => string | null, identifierHeader: (index: number) => string | null, language: Language): RowIssue {
  const [top, second] = zodIssue.path.map(String);
  const byPath: Record<string, OrganizationImportField> = {
    kind: 'kind', country: 'country', region: 'region', website: 'website', sizeBand: 'size_band', foundedYear: 'founded_year',
    visibility: 'visibility', externalId: 'external_id',
  };
  let field: OrganizationImportField | undefined = top ? byPath[top] : undefined;
  if (top === 'name' || top === 'shortName' || top === 'city' || top === 'description') {
    const prefix = { name: 'name', shortName: 'short_name', city: 'city', description: 'description' }[top];
    field = `${prefix}_${second ?? 'ru'}` as OrganizationImportField;
  }
  if (top === 'activityCodes') field = second === 'main' ? 'okved_main' : 'okved_additional';
  if (top === 'privateFigures' && second) field = ({ headcount: 'headcount', revenueRub: 'revenue_rub', exportsRub: 'exports_rub' } as Record<string, OrganizationImportField>)[second];
  const custom = (zodIssue as { params?: { kind?: string } }).params?.kind;
  const kind = (zodIssue.code === 'custom' && custom ? custom : zodIssue.code) as FieldIssueKind;
  const column = field ? headerOf(field) : top === 'identifiers' && second !== undefined ? identifierHeader(Number(second)) : null;
  return issue(row, column, kind in fieldIssueMessages ? kind : 'custom', language);
}
