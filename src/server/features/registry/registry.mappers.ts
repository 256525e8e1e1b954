import type { Direction, OrganizationSummary } from '../../../shared/contracts/registry';
import type { OrganizationKind, Visibility } from '../../../shared/domain';
import type { directions } from '../../db/schema/index';
import type { OrganizationRow } from './registry.repo';

type DirectionRow = typeof directions.$inferSelect;

export function toDirection(row: DirectionRow): Direction {
  return { id: row.id, code: row.code, parentId: row.parentId, label: { ru: row.labelRu, en: row.labelEn, zh: row.labelZh } };
}

export function toDirectionRef(row: DirectionRow) {
  const { parentId: _parentId, ...ref } = toDirection(row);
  return ref;
}

export function toOrganizationSummary(row: OrganizationRow): OrganizationSummary {
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
