import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog, directions } from '../schema/index';
import { agricultureDirections } from './taxonomy/agriculture';
import { arcticDirections } from './taxonomy/arctic';
import { biotechnologyDirections } from './taxonomy/biotechnology';
import { constructionDirections } from './taxonomy/construction';
import { creativeIndustriesDirections } from './taxonomy/creative-industries';
import { educationDirections } from './taxonomy/education';
import { energyDirections } from './taxonomy/energy';
import type { DirectionEntry } from './taxonomy/entry';
import { highTechDirections } from './taxonomy/high-tech';
import { innovationDirections } from './taxonomy/innovation';
import { logisticsDirections } from './taxonomy/logistics';
import { manufacturingDirections } from './taxonomy/manufacturing';
import { materialsDirections } from './taxonomy/materials';
import { medicineDirections } from './taxonomy/medicine';
import { miningDirections } from './taxonomy/mining';
import { tourismDirections } from './taxonomy/tourism';

/**
 * The direction taxonomy: the controlled vocabulary that organizations, agreements, partnering
 * profiles and projects are tagged with. It is reference data, not demo data: every installation
 * needs it, so `ensureDirections` runs at every start. One file per top-level branch in `taxonomy/`.
 *
 * Codes are flat snake_case and never change once published (imports, filters and links keep
 * them); the hierarchy lives in `parent`, so a direction can move without changing its code.
 * A parent is listed before its children; the order of the list is the display order.
 */
export const directionTaxonomy = [
  ...biotechnologyDirections,
  ...materialsDirections,
  ...medicineDirections,
  ...highTechDirections,
  ...creativeIndustriesDirections,
  ...energyDirections,
  ...miningDirections,
  ...manufacturingDirections,
  ...agricultureDirections,
  ...logisticsDirections,
  ...arcticDirections,
  ...constructionDirections,
  ...educationDirections,
  ...tourismDirections,
  ...innovationDirections,
] as const satisfies readonly DirectionEntry[];

export type DirectionCode = (typeof directionTaxonomy)[number]['code'];

/** Codes of the curated list: these can be deactivated but not deleted, since the next start would bring them back. */
export const curatedDirectionCodes: ReadonlySet<string> = new Set(directionTaxonomy.map((entry) => entry.code));

/** Direction ids by code, as returned by `ensureDirections`. */
export type DirectionIds = ReadonlyMap<DirectionCode, string>;

const sortStep = 10;

/**
 * Inserts the taxonomy or brings it up to date; returns the id of every code. Idempotent, so it is
 * safe at every start. A direction an administrator has touched (it has an audit entry) keeps the
 * administrator's version: the curated list only fills in what nobody has edited. Codes that were
 * dropped from the list are left in place: organizations and agreements may still point to them.
 */
export async function ensureDirections(db: Executor): Promise<DirectionIds> {
  const ids = new Map<DirectionCode, string>();
  const order = new Map<string, number>(directionTaxonomy.map((entry, index) => [entry.code, (index + 1) * sortStep]));
  let pending: readonly DirectionEntry[] = directionTaxonomy;
  // One multi-row upsert per level of the tree: a child needs its parent's id.
  while (pending.length > 0) {
    const ready = pending.filter((entry) => entry.parent === null || ids.has(entry.parent as DirectionCode));
    if (ready.length === 0) {
      throw new Error(`Direction taxonomy has unknown parents: ${pending.map((entry) => entry.code).join(', ')}`);
    }
    await db
      .insert(directions)
      .values(
        ready.map((entry) => ({
          code: entry.code,
          parentId: entry.parent === null ? null : (ids.get(entry.parent as DirectionCode) ?? null),
          labelRu: entry.label.ru,
          labelEn: entry.label.en,
          labelZh: entry.label.zh,
          descriptionRu: entry.description.ru,
          descriptionEn: entry.description.en,
          descriptionZh: entry.description.zh,
          fordCode: entry.ford,
          okvedSection: entry.okved,
          sortOrder: order.get(entry.code) ?? 0,
        })),
      )
      .onConflictDoUpdate({
        target: directions.code,
        set: {
          parentId: sql`excluded.parent_id`,
          labelRu: sql`excluded.label_ru`,
          labelEn: sql`excluded.label_en`,
          labelZh: sql`excluded.label_zh`,
          descriptionRu: sql`excluded.description_ru`,
          descriptionEn: sql`excluded.description_en`,
          descriptionZh: sql`excluded.description_zh`,
          fordCode: sql`excluded.ford_code`,
          okvedSection: sql`excluded.okved_section`,
          sortOrder: sql`excluded.sort_order`,
        },
        setWhere: sql`not exists (select 1 from ${auditLog} where ${auditLog.entityType} = 'direction' and ${auditLog.entityId} = ${directions.id}::text)`,
      });
    const rows = await db
      .select({ id: directions.id, code: directions.code })
      .from(directions)
      .where(inArray(directions.code, ready.map((entry) => entry.code)));
    for (const row of rows) ids.set(row.code as DirectionCode, row.id);
    pending = pending.filter((entry) => !ids.has(entry.code as DirectionCode));
  }
  return ids;
}
