/**
 * The taxonomy feature owns the direction vocabulary: its hierarchy, its ru/en/zh labels and
 * descriptions, and its mapping to OECD FORD fields and ОКВЭД2 sections. Everyone reads it; the
 * administrator edits it. Directions are retired by deactivation: a direction that organizations or
 * agreements use, or that belongs to the curated list, is never deleted.
 */
import type { CreateDirectionInput, TaxonomyDirection, UpdateDirectionInput } from '../../../shared/contracts/taxonomy';
import type { Database, Executor } from '../../db/client';
import { curatedDirectionCodes } from '../../db/reference/directions';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import { AppError, notFound } from '../../lib/errors';
import { canTaxonomy } from './taxonomy.policy';
import * as repo from './taxonomy.repo';
import { descendantsOf, isSelfOrDescendant } from './taxonomy.tree';

const entityType = 'direction';

function toDirection(row: repo.DirectionRow, usage: repo.DirectionUsage | null): TaxonomyDirection {
  return {
    id: row.id,
    code: row.code,
    parentId: row.parentId,
    label: { ru: row.labelRu, en: row.labelEn, zh: row.labelZh },
    description: { ru: row.descriptionRu, en: row.descriptionEn, zh: row.descriptionZh },
    fordCode: row.fordCode,
    okvedSection: row.okvedSection as TaxonomyDirection['okvedSection'],
    sortOrder: row.sortOrder,
    active: row.active,
    usage,
  };
}

/** The columns an audit entry compares: without the id and the vectors kept from the labels. */
function audited(row: repo.DirectionRow) {
  const { id: _id, labelVectorRu: _ru, labelVectorEn: _en, ...fields } = row;
  return fields;
}

const unknownParent = () =>
  new AppError('VALIDATION_FAILED', { issues: [{ path: 'body.parentId', kind: 'invalid_value', message: 'Unknown direction' }] });

/** An active direction under a deactivated parent would be visible while its branch is not. */
async function checkParent(tx: Executor, parentId: string | null, childActive: boolean) {
  if (parentId === null) return;
  const parent = await repo.findDirection(tx, parentId);
  if (!parent) throw unknownParent();
  if (childActive && !parent.active) throw new AppError('DIRECTION_PARENT_INACTIVE', { parentId });
}

export function createTaxonomyService({ db }: { db: Database }) {
  async function withUsage(executor: Executor, rows: repo.DirectionRow[], context: RequestContext) {
    if (!canTaxonomy(context.actor, 'readUsage')) return rows.map((row) => toDirection(row, null));
    const usage = await repo.usageOfDirections(executor, rows.length === 1 ? [rows[0]!.id] : null);
    return rows.map((row) => toDirection(row, usage.get(row.id) ?? { organizations: 0, agreements: 0 }));
  }

  return {
    async list({ includeInactive }: { includeInactive: boolean }, context: RequestContext) {
      authorize(context.actor, canTaxonomy(context.actor, includeInactive ? 'readInactive' : 'read'));
      return { items: await withUsage(db, await repo.listDirections(db, { includeInactive }), context) };
    },

    async get(id: string, context: RequestContext) {
      authorize(context.actor, canTaxonomy(context.actor, 'read'));
      const row = await repo.findDirection(db, id);
      if (!row) throw notFound(entityType, id);
      const [direction] = await withUsage(db, [row], context);
      return direction!;
    },

    async create(input: CreateDirectionInput, context: RequestContext) {
      authorize(context.actor, canTaxonomy(context.actor, 'create'));
      return db.transaction(async (tx) => {
        await repo.lockTaxonomy(tx);
        if (await repo.findDirectionByCode(tx, input.code)) throw new AppError('DIRECTION_CODE_TAKEN', { code: input.code });
        await checkParent(tx, input.parentId, true);
        const row = await repo.insertDirection(tx, {
          code: input.code,
          parentId: input.parentId,
          labelRu: input.label.ru,
          labelEn: input.label.en,
          labelZh: input.label.zh,
          descriptionRu: input.description.ru,
          descriptionEn: input.description.en,
          descriptionZh: input.description.zh,
          fordCode: input.fordCode,
          okvedSection: input.okvedSection,
          sortOrder: input.sortOrder ?? (await repo.nextSortOrder(tx, input.parentId)),
        });
        await recordAudit(tx, context, { action: 'create', entityType, entityId: row.id, after: audited(row) });
        return toDirection(row, { organizations: 0, agreements: 0 });
      });
    },

    async update(id: string, input: UpdateDirectionInput, context: RequestContext) {
      authorize(context.actor, canTaxonomy(context.actor, 'update'));
      return db.transaction(async (tx) => {
        await repo.lockTaxonomy(tx);
        const before = await repo.findDirection(tx, id);
        if (!before) throw notFound(entityType, id);
        const parentId = input.parentId === undefined ? before.parentId : input.parentId;
        const active = input.active ?? before.active;
        const links = await repo.listParentLinks(tx);
        if (parentId !== null && isSelfOrDescendant(links, id, parentId)) throw new AppError('DIRECTION_CYCLE', { parentId });
        if (parentId !== before.parentId || (active && !before.active)) await checkParent(tx, parentId, active);
        const after = await repo.updateDirection(tx, id, {
          parentId,
          active,
          ...(input.label ? { labelRu: input.label.ru, labelEn: input.label.en, labelZh: input.label.zh } : {}),
          ...(input.description
            ? { descriptionRu: input.description.ru, descriptionEn: input.description.en, descriptionZh: input.description.zh }
            : {}),
          ...(input.fordCode !== undefined ? { fordCode: input.fordCode } : {}),
          ...(input.okvedSection !== undefined ? { okvedSection: input.okvedSection } : {}),
          ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
        });
        await recordAudit(tx, context, { action: 'update', entityType, entityId: id, before: audited(before), after: audited(after) });
        // Retiring a branch retires all of it, so that no active direction hangs under a retired one.
        if (before.active && !active) {
          for (const child of await repo.deactivateDirections(tx, descendantsOf(links, id))) {
            await recordAudit(tx, context, { action: 'deactivate', entityType, entityId: child.id, changes: { active: { before: true, after: false } } });
          }
        }
        const [direction] = await withUsage(tx, [after], context);
        return direction!;
      });
    },

    async remove(id: string, context: RequestContext) {
      authorize(context.actor, canTaxonomy(context.actor, 'delete'));
      await db.transaction(async (tx) => {
        await repo.lockTaxonomy(tx);
        const row = await repo.findDirection(tx, id);
        if (!row) throw notFound(entityType, id);
        const usage = (await repo.usageOfDirections(tx, [id])).get(id);
        if (usage && (usage.organizations > 0 || usage.agreements > 0)) throw new AppError('DIRECTION_IN_USE', { ...usage });
        const children = await repo.countChildren(tx, id);
        if (children > 0) throw new AppError('DIRECTION_HAS_CHILDREN', { children });
        // The next start would put a curated direction back: retire it with `active: false` instead.
        if (curatedDirectionCodes.has(row.code)) throw new AppError('DIRECTION_CURATED', { code: row.code });
        await repo.deleteDirection(tx, id);
        await recordAudit(tx, context, { action: 'delete', entityType, entityId: id, before: audited(row) });
      });
    },
  };
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;
