import { z } from 'zod';
import {
  areaUnits, currencies, dealTypes, infrastructureStatuses, infrastructureTypes, pricePeriods, priceUnits, utilityKinds,
} from '../infrastructure';
import { isoDate, listQuery, localizedText, pageOf, timestamp } from './common';

const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));
export const localizedInput = (max: number) => z.object({ ru: text(max), en: text(max), zh: text(max) }).strict();
const emptyText = { ru: null, en: null, zh: null };
const hasText = (value: { ru: string | null; en: string | null; zh: string | null }) => Boolean(value.ru || value.en || value.zh);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const ecosystemRef = z.object({ id: z.uuid(), name: localizedText });

export const infrastructurePhoto = z.object({ id: z.uuid(), url: z.string() });

export const infrastructureObject = z.object({
  id: z.uuid(),
  ecosystem: ecosystemRef,
  type: z.enum(infrastructureTypes),
  name: localizedText,
  address: localizedText,
  latitude: z.number(),
  longitude: z.number(),
  area: z.number(),
  areaUnit: z.enum(areaUnits),
  areaM2: z.number(),
  capacity: z.number().int().nullable(),
  powerKw: z.number().nullable(),
  utilities: z.array(z.enum(utilityKinds)),
  price: z.number().nullable(),
  currency: z.enum(currencies).nullable(),
  priceUnit: z.enum(priceUnits).nullable(),
  pricePeriod: z.enum(pricePeriods).nullable(),
  dealType: z.enum(dealTypes),
  conditions: localizedText,
  taxRegime: localizedText,
  availableFrom: z.string().nullable(),
  unitsFree: z.number().int().nullable(),
  description: localizedText,
  status: z.enum(infrastructureStatuses),
  photos: z.array(infrastructurePhoto),
  /** Whether the caller may edit the object (its park's managers, the center). */
  canManage: z.boolean(),
  updatedAt: timestamp,
});
export type InfrastructureObject = z.infer<typeof infrastructureObject>;

export const infrastructureSortKeys = ['name', 'areaM2', 'price', 'availableFrom'] as const;
export const infrastructureFilters = z.object({
  type: z.enum(infrastructureTypes).optional(),
  ecosystemId: z.uuid().optional(),
  status: z.enum(infrastructureStatuses).optional(),
  /** In square metres, whatever unit the object states its area in. */
  areaMin: z.coerce.number().min(0).optional(),
  areaMax: z.coerce.number().min(0).optional(),
  /** In the object's own currency; with `currency` to compare like with like. */
  priceMin: z.coerce.number().min(0).optional(),
  priceMax: z.coerce.number().min(0).optional(),
  currency: z.enum(currencies).optional(),
  /** Objects free by this day: available from it or earlier. */
  availableBy: isoDate.optional(),
});
export const listInfrastructureQuery = listQuery(infrastructureSortKeys).extend(infrastructureFilters.shape);
export type ListInfrastructureQuery = z.infer<typeof listInfrastructureQuery>;
export const infrastructurePage = pageOf(infrastructureObject);

// ---- writes ----

const objectFields = {
  ecosystemId: z.uuid(),
  type: z.enum(infrastructureTypes),
  name: localizedInput(300).refine(hasText, { params: { kind: 'name_required' } }),
  address: localizedInput(500).default(emptyText),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  area: z.number().positive().max(1e10),
  areaUnit: z.enum(areaUnits),
  capacity: nullable(z.number().int().min(0).max(1_000_000)),
  powerKw: nullable(z.number().min(0).max(1e7)),
  utilities: z.array(z.enum(utilityKinds)).max(utilityKinds.length).default([]),
  price: nullable(z.number().min(0).max(1e12)),
  currency: nullable(z.enum(currencies)),
  priceUnit: nullable(z.enum(priceUnits)),
  pricePeriod: nullable(z.enum(pricePeriods)),
  dealType: z.enum(dealTypes),
  conditions: localizedInput(4000).default(emptyText),
  taxRegime: localizedInput(4000).default(emptyText),
  availableFrom: nullable(isoDate),
  unitsFree: nullable(z.number().int().min(0).max(1_000_000)),
  description: localizedInput(10_000).default(emptyText),
  status: z.enum(infrastructureStatuses).default('available'),
};

export const createInfrastructureInput = z.object(objectFields).strict();
export type CreateInfrastructureInput = z.infer<typeof createInfrastructureInput>;

/** Fields given are replaced; a status or area change is also written to the object's history. An object stays in its park. */
const { ecosystemId: _ecosystemId, ...editableFields } = objectFields;
export const updateInfrastructureInput = z
  .object({
    ...editableFields,
    address: localizedInput(500),
    conditions: localizedInput(4000),
    taxRegime: localizedInput(4000),
    description: localizedInput(10_000),
    utilities: z.array(z.enum(utilityKinds)).max(utilityKinds.length),
    status: z.enum(infrastructureStatuses),
    /** The day the status changed, when it is not today. */
    statusSince: isoDate.optional(),
  })
  .partial()
  .strict();
export type UpdateInfrastructureInput = z.infer<typeof updateInfrastructureInput>;

/** Every photo of the object, once, in the wanted order: the first is the cover. */
export const reorderPhotosInput = z.object({ photoIds: z.array(z.uuid()).max(12) }).strict();
export type ReorderPhotosInput = z.infer<typeof reorderPhotosInput>;

export const occupancyQuery = z.object({ ecosystemId: z.uuid(), months: z.coerce.number().int().min(1).max(120).default(24) });
/** Square metres by status at the end of each month (today for the current month). */
export const occupancy = z.object({
  ecosystemId: z.uuid(),
  points: z.array(z.object({ month: z.string().describe('YYYY-MM'), available: z.number(), reserved: z.number(), occupied: z.number() })),
});
export type Occupancy = z.infer<typeof occupancy>;
