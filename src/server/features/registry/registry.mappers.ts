import type { Direction, OrganizationSummary } from '../../../shared/contracts/registry';
import type { OrganizationKind, Visibility } from '../../../shared/domain';
import { organizations, type directions } from '../../db/schema/index';
import type { OrganizationRow } from './registry.repo';

type DirectionRow = typeof directions.$inferSelect;

export function toDirection(row: DirectionRow): Direction {
  return { id: row.id, code: row.code, parentId: row.parentId, label: { ru: row.labelRu, en: row.labelEn, zh: row.labelZh } };
}

export function toDirectionRef(row: DirectionRow) {
  const { parentId: _parentId, ...ref } = toDirection(row);
  return ref;
}

/** The columns a summary is made of: what a list page reads, rather than every column of the row. */
export const organizationSummaryColumns = {
  id: organizations.id, nameRu: organizations.nameRu, nameEn: organizations.nameEn, nameZh: organizations.nameZh,
  shortNameRu: organizations.shortNameRu, shortNameEn: organizations.shortNameEn, shortNameZh: organizations.shortNameZh,
  kind: organizations.kind, country: organizations.country, region: organizations.region,
  city: organizations.city, cityEn: organizations.cityEn, cityZh: organizations.cityZh, visibility: organizations.visibility,
};
export type OrganizationSummaryRow = Pick<OrganizationRow, keyof typeof organizationSummaryColumns>;

/** A search hit's columns: the summary and the descriptions its snippet is cut from, not the whole row. */
export const organizationHitColumns = {
  ...organizationSummaryColumns,
  descriptionRu: organizations.descriptionRu, descriptionEn: organizations.descriptionEn, descriptionZh: organizations.descriptionZh,
};

export function toOrganizationSummary(row: OrganizationSummaryRow): OrganizationSummary {
  return {
    id: row.id,
    name: { ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
    shortName: { ru: row.shortNameRu, en: row.shortNameEn, zh: row.shortNameZh },
    kind: row.kind as OrganizationKind,
    country: row.country,
    region: row.region,
    city: { ru: row.city, en: row.cityEn, zh: row.cityZh },
    visibility: row.visibility as Visibility,
  };
}
