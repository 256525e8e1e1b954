import type { InfrastructureObject } from '../../../shared/contracts/infrastructure';
import type { Actor } from '../../lib/actor';
import { canManageInfrastructure } from './infrastructure.policy';
import type { EcosystemName, ObjectRow } from './infrastructure.repo';

type PhotoRow = { id: string; objectId: string };

export const localized = (row: Record<string, unknown>, prefix: string) => ({
  ru: (row[`${prefix}Ru`] as string | null) ?? null,
  en: (row[`${prefix}En`] as string | null) ?? null,
  zh: (row[`${prefix}Zh`] as string | null) ?? null,
});

export const ecosystemRefOf = (id: string, names: Map<string, EcosystemName>) => {
  const row = names.get(id);
  return { id, name: { ru: row?.nameRu ?? null, en: row?.nameEn ?? null, zh: row?.nameZh ?? null } };
};

export function toInfrastructureObject(row: ObjectRow, names: Map<string, EcosystemName>, photos: PhotoRow[], actor: Actor): InfrastructureObject {
  return {
    id: row.id,
    ecosystem: ecosystemRefOf(row.ecosystemId, names),
    type: row.type as InfrastructureObject['type'],
    name: localized(row, 'name'),
    address: localized(row, 'address'),
    latitude: row.latitude,
    longitude: row.longitude,
    area: row.area,
    areaUnit: row.areaUnit as InfrastructureObject['areaUnit'],
    areaM2: row.areaM2,
    capacity: row.capacity,
    powerKw: row.powerKw,
    utilities: row.utilities as InfrastructureObject['utilities'],
    price: row.price,
    currency: row.currency as InfrastructureObject['currency'],
    priceUnit: row.priceUnit as InfrastructureObject['priceUnit'],
    pricePeriod: row.pricePeriod as InfrastructureObject['pricePeriod'],
    dealType: row.dealType as InfrastructureObject['dealType'],
    conditions: localized(row, 'conditions'),
    taxRegime: localized(row, 'taxRegime'),
    availableFrom: row.availableFrom,
    unitsFree: row.unitsFree,
    description: localized(row, 'description'),
    status: row.status as InfrastructureObject['status'],
    photos: photos.filter((p) => p.objectId === row.id).map((p) => ({ id: p.id, url: `/api/infrastructure/${row.id}/photos/${p.id}` })),
    canManage: canManageInfrastructure(actor, row.ecosystemId),
    updatedAt: row.updatedAt.toISOString(),
  };
}
