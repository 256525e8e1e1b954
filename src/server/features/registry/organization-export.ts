/**
 * Organizations as a table: the columns an export writes are the columns an import reads, so an
 * exported file imports back unchanged. Private figures are filled only where the requester may
 * see them, row by row.
 */
import { identifierSchemes } from '../../../shared/identifiers';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { Table } from '../../lib/spreadsheet';
import { canReadPrivateFigures } from './registry.policy';
import type { OrganizationRow } from './registry.repo';
import { loadOrganizationLinks } from './organization-table.repo';

export const organizationColumns = [
  'id', 'external_id', 'name_ru', 'name_en', 'name_zh', 'short_name_ru', 'short_name_en', 'short_name_zh', 'kind', 'country', 'region',
  'city_ru', 'city_en', 'city_zh', 'website', ...identifierSchemes, 'okved_main', 'okved_additional', 'directions', 'size_band',
  'founded_year', 'visibility', 'description_ru', 'description_en', 'description_zh', 'headcount', 'revenue_rub', 'exports_rub',
] as const;
export type OrganizationColumn = (typeof organizationColumns)[number];

/** Lists inside one cell are separated by semicolons. */
export const listSeparator = ';';

export async function organizationsTable(db: Executor, actor: Actor, rows: OrganizationRow[]): Promise<Table> {
  const links = await loadOrganizationLinks(db, rows.map((r) => r.id));
  const group = <T extends { organizationId: string }>(items: T[]) => {
    const byOrganization = new Map<string, T[]>();
    for (const item of items) byOrganization.set(item.organizationId, [...(byOrganization.get(item.organizationId) ?? []), item]);
    return (id: string) => byOrganization.get(id) ?? [];
  };
  const identifiersOf = group(links.identifiers);
  const codesOf = group(links.activityCodes);
  const directionsOf = group(links.directionCodes);
  const ecosystemsOf = group(links.memberships);

  const tableRows = rows.map((row) => {
    const identifiers = identifiersOf(row.id);
    const codes = codesOf(row.id);
    const showFigures = canReadPrivateFigures(actor, row.id, ecosystemsOf(row.id).map((m) => m.ecosystemId));
    const values: Record<OrganizationColumn, string | number | null> = {
      id: row.id, external_id: row.externalId,
      name_ru: row.nameRu, name_en: row.nameEn, name_zh: row.nameZh,
      short_name_ru: row.shortNameRu, short_name_en: row.shortNameEn, short_name_zh: row.shortNameZh,
      kind: row.kind, country: row.country, region: row.region,
      city_ru: row.city, city_en: row.cityEn, city_zh: row.cityZh, website: row.website,
      inn: null, ogrn: null, ogrnip: null, unp: null, uscc: null,
      okved_main: codes.find((c) => c.isMain)?.code ?? null,
      okved_additional: codes.filter((c) => !c.isMain).map((c) => c.code).sort().join(listSeparator) || null,
      directions: directionsOf(row.id).map((d) => d.code).sort().join(listSeparator) || null,
      size_band: row.sizeBand, founded_year: row.foundedYear, visibility: row.visibility,
      description_ru: row.descriptionRu, description_en: row.descriptionEn, description_zh: row.descriptionZh,
      headcount: showFigures ? row.headcount : null,
      revenue_rub: showFigures ? row.revenueRub : null,
      exports_rub: showFigures ? row.exportsRub : null,
    };
    for (const identifier of identifiers) values[identifier.scheme as OrganizationColumn] = identifier.value;
    return organizationColumns.map((column) => values[column]);
  });
  return { columns: [...organizationColumns], rows: tableRows };
}
