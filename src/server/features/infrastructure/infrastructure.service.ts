/**
 * The infrastructure feature owns what ecosystems offer investors and residents — offices,
 * warehouses, production buildings and sites, land, laboratories, hotels, housing, coworking —
 * with their photos and status history (occupancy over time), and investors' requests for space
 * answered by the parks. Who reads and writes what is decided in infrastructure.policy.ts.
 */
import type { CreateInfrastructureInput, ListInfrastructureQuery, Occupancy, UpdateInfrastructureInput } from '../../../shared/contracts/infrastructure';
import { isEcosystemKind } from '../../../shared/domain';
import { squareMetresPer } from '../../../shared/infrastructure';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { toInfrastructureObject } from './infrastructure.mappers';
import { canManageInfrastructure, canReadObject, canReadOccupancy, infrastructureReadScope } from './infrastructure.policy';
import * as repo from './infrastructure.repo';
import { occupancyOver } from './occupancy';

type Fields = Partial<Omit<CreateInfrastructureInput, 'ecosystemId'>> & { ecosystemId?: string };

function columnsOf(input: Fields): Partial<repo.ObjectValues> {
  const values: Partial<repo.ObjectValues> = {};
  for (const prefix of ['name', 'address', 'conditions', 'taxRegime', 'description'] as const) {
    const value = input[prefix];
    if (value) Object.assign(values, { [`${prefix}Ru`]: value.ru, [`${prefix}En`]: value.en, [`${prefix}Zh`]: value.zh });
  }
  const plain = ['ecosystemId', 'type', 'latitude', 'longitude', 'area', 'areaUnit', 'capacity', 'powerKw', 'utilities', 'price', 'currency', 'priceUnit', 'pricePeriod', 'dealType', 'availableFrom', 'unitsFree', 'status'] as const;
  for (const key of plain) if (input[key] !== undefined) Object.assign(values, { [key]: key === 'utilities' ? [...new Set(input.utilities)] : input[key] });
  return values;
}

/** A price is told whole or not at all; an object belongs to an ecosystem. */
async function checkObject(tx: Executor, row: Pick<repo.ObjectValues, 'ecosystemId' | 'price' | 'currency' | 'priceUnit' | 'pricePeriod'>) {
  const kind = await repo.findOrganizationKind(tx, row.ecosystemId);
  if (!kind) throw new AppError('REFERENCE_NOT_FOUND', { field: 'ecosystemId', id: row.ecosystemId });
  if (!isEcosystemKind(kind)) throw new AppError('NOT_AN_ECOSYSTEM', { field: 'ecosystemId' });
  if (row.price !== null && row.price !== undefined && (!row.currency || !row.priceUnit || !row.pricePeriod)) throw new AppError('PRICE_INCOMPLETE');
}

const audited = ({ createdAt: _c, updatedAt: _u, ...fields }: repo.ObjectRow) => fields;

export function createInfrastructureService({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => clock.now().toISOString().slice(0, 10);

  async function present(rows: repo.ObjectRow[], context: RequestContext) {
    const [names, photos] = await Promise.all([repo.ecosystemNames(db, rows.map((r) => r.ecosystemId)), repo.photosOf(db, rows.map((r) => r.id))]);
    return rows.map((row) => toInfrastructureObject(row, names, photos, context.actor));
  }

  /** The object if the caller may read it; a hidden one is answered as missing. */
  async function requireReadable(tx: Executor, id: string, context: RequestContext) {
    const row = await repo.findObject(tx, id);
    if (!row || !canReadObject(infrastructureReadScope(context.actor), row)) throw notFound('infrastructure', id);
    return row;
  }

  return {
    requireReadable,

    async list(filter: ListInfrastructureQuery, context: RequestContext) {
      if (filter.areaMin !== undefined && filter.areaMax !== undefined && filter.areaMin > filter.areaMax) throw new AppError('AREA_RANGE_REVERSED');
      const { rows, total } = await repo.listObjects(db, infrastructureReadScope(context.actor), filter);
      return { items: await present(rows, context), page: filter.page, pageSize: filter.pageSize, total };
    },

    async get(id: string, context: RequestContext) {
      const [object] = await present([await requireReadable(db, id, context)], context);
      return object!;
    },

    async create(input: CreateInfrastructureInput, context: RequestContext): Promise<string> {
      authorize(context.actor, context.actor.kind === 'user');
      authorize(context.actor, canManageInfrastructure(context.actor, input.ecosystemId));
      return db.transaction(async (tx) => {
        const values = { ...columnsOf(input), areaM2: input.area * squareMetresPer[input.areaUnit] } as repo.ObjectValues;
        await checkObject(tx, values);
        const row = await repo.insertObject(tx, values);
        await repo.insertStatusHistory(tx, row, today());
        await recordAudit(tx, context, { action: 'create', entityType: 'infrastructure', entityId: row.id, before: null, after: audited(row) });
        return row.id;
      });
    },

    async update(id: string, input: UpdateInfrastructureInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const existing = await requireReadable(tx, id, context);
        authorize(context.actor, canManageInfrastructure(context.actor, existing.ecosystemId));
        const { statusSince, ...fields } = input;
        const columns = columnsOf(fields);
        const merged = { ...existing, ...columns };
        merged.areaM2 = merged.area * squareMetresPer[merged.areaUnit as keyof typeof squareMetresPer];
        await checkObject(tx, merged);
        if (statusSince && statusSince > today()) throw new AppError('DATES_OUT_OF_ORDER', { field: 'statusSince', mustNotBeAfter: 'today' });
        await repo.updateObject(tx, id, { ...columns, areaM2: merged.areaM2, updatedAt: clock.now() });
        const after = (await repo.findObject(tx, id))!;
        if (after.status !== existing.status || after.areaM2 !== existing.areaM2) {
          await repo.insertStatusHistory(tx, after, statusSince ?? today());
        }
        await recordAudit(tx, context, { action: 'update', entityType: 'infrastructure', entityId: id, before: audited(existing), after: audited(after) });
      });
    },

    async occupancy(query: { ecosystemId: string; months: number }, context: RequestContext): Promise<Occupancy> {
      authorize(context.actor, canReadOccupancy(context.actor, query.ecosystemId));
      const history = await repo.statusHistoryOf(db, query.ecosystemId);
      return { ecosystemId: query.ecosystemId, points: occupancyOver(history, today(), query.months) };
    },

    present,
  };
}

export type InfrastructureService = ReturnType<typeof createInfrastructureService>;
