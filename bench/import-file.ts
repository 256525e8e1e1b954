/**
 * A spreadsheet of new residents for the import benchmark, made from the large registry's seeded
 * organizations (registry-data.ts): the columns a park's register has — names in ru/en/zh, kind,
 * country, city, ИНН with a valid check digit for Russian companies, directions, size, figures,
 * a description, and the membership (status, date, registration number, resident type).
 * Run alone: npx tsx bench/import-file.ts [rows=100000] [out=registry-import.xlsx]
 */
import { writeFileSync } from 'node:fs';
import { toXlsx, type Table } from '../src/server/lib/spreadsheet';
import { defaultPlan, registryBatches, type GeneratedOrganization } from './registry-data';

export const importColumns = [
  'external_id', 'name_ru', 'name_en', 'name_zh', 'kind', 'country', 'region', 'city_ru', 'inn', 'directions', 'size_band',
  'founded_year', 'visibility', 'description_ru', 'headcount', 'revenue_rub', 'exports_rub',
  'membership_status', 'membership_date_from', 'registration_number', 'resident_type',
] as const;

/** A 10-digit ИНН of a legal entity with its check digit, unique per index. */
export function innOf(index: number): string {
  const body = `77${String(index).padStart(7, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return `${body}${(sum % 11) % 10}`;
}

export type ImportRowSource = { organization: GeneratedOrganization; inn: string | null; status: 'resident' | 'applicant'; dateFrom: string; registrationNumber: string | null; residentType: string };

/** The organizations of the large registry (not its ecosystems), each as a new resident of one park. */
export function importRows(count: number): ImportRowSource[] {
  const rows: ImportRowSource[] = [];
  const plan = { ...defaultPlan, organizations: count + defaultPlan.ecosystems, memberships: count + defaultPlan.ecosystems };
  let first = true;
  for (const batch of registryBatches(plan)) {
    if (first) { first = false; continue; }
    for (const organization of batch.organizations) {
      const index = rows.length;
      const status = index % 10 === 9 ? 'applicant' : 'resident';
      rows.push({
        organization,
        inn: organization.country === 'RU' ? innOf(index) : null,
        status,
        dateFrom: `20${String(12 + (index % 14)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
        registrationNumber: status === 'resident' ? `BR-${String(index + 1).padStart(6, '0')}` : null,
        residentType: ['resident', 'startup_resident', 'virtual_resident', 'anchor_resident'][index % 4]!,
      });
      if (rows.length === count) return rows;
    }
  }
  return rows;
}

export function importTable(rows: ImportRowSource[]): Table {
  return {
    columns: [...importColumns],
    rows: rows.map(({ organization: o, inn, status, dateFrom, registrationNumber, residentType }) => [
      o.externalId, o.nameRu, o.nameEn, o.nameZh, o.kind, o.country, o.region, o.city, inn, o.directionCodes.join(';'), o.sizeBand,
      o.foundedYear, o.visibility, o.descriptionRu, o.headcount, o.revenueRub, o.exportsRub,
      status, dateFrom, registrationNumber, residentType,
    ].map((value) => value ?? null)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const out = process.argv[3] ?? 'registry-import.xlsx';
  const content = await toXlsx(importTable(importRows(count)), 'residents');
  writeFileSync(out, content);
  console.log(`${count} rows → ${out} (${(content.length / 2 ** 20).toFixed(1)} MiB)`);
}
