import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

type NameColumns = { nameRu: AnyPgColumn; shortNameRu: AnyPgColumn; nameEn: AnyPgColumn; shortNameEn: AnyPgColumn };

/**
 * The Russian and English names' words, as the organizations' search_vector holds them (weight
 * aside): the expression of organizations_name_search_idx, written the same way by a query that
 * wants that index (ADR 041). Kept out of the schema's modules, which export tables only.
 */
export function organizationNamesVector(t: NameColumns) {
  return sql`(to_tsvector('russian'::regconfig, coalesce(${t.nameRu}, '') || ' ' || coalesce(${t.shortNameRu}, ''))
    || to_tsvector('english'::regconfig, coalesce(${t.nameEn}, '') || ' ' || coalesce(${t.shortNameEn}, '')))`;
}
