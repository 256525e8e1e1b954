import { and, sql, type SQL } from 'drizzle-orm';
import { recordingPlaceholders, type Bind } from '../../db/bind';
import type { Executor } from '../../db/client';
import { preparedStatements } from '../../db/prepared';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { displayName } from './registry.repo';
import type { MatchQuery } from './organization-matches';
import { scopedHits, searchShape, type SearchFilters, type SearchPage } from './organization-search-parts';
import { afterCursor, decodeCursor, encodeCursor } from '../../lib/keyset';
import { registryGenerationValue } from './registry-generation';
import { organizationHitColumns } from './registry.mappers';
import { searchBroadOrganizations } from './organization-broad-search.repo';
import { textQuery } from './search-terms';

/** The parts of a narrow page's statement, its values written down through `bind`. */
function narrowPageParts(scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters, keyset: unknown[] | undefined, bind: Bind) {
  const { hits, on, where } = scopedHits(scope, query, filters, bind);
  const { terms } = query;
  const textRank = sql`case when hits.by_text then ts_rank(${organizations.searchVector}, ${textQuery(terms, bind)}) * 10 else 0 end`;
  const nameSimilarity = terms.nameKey ? sql`case when hits.by_name then word_similarity(${bind('nameKey', terms.nameKey)}, coalesce(${organizations.nameLatin}, '')) else 0 end` : sql`0`;
  // Text relevance first, a close name next, a shared direction last; ties by name for a stable order.
  const score = sql<number>`(${textRank} + ${nameSimilarity} + case when hits.by_direction then 0.3 else 0 end)::float8`;
  const afterKeyset = keyset
    ? afterCursor([
        { expression: score, direction: 'desc', value: bind('afterScore', keyset[0]) },
        { expression: displayName, direction: 'asc', value: bind('afterName', keyset[1]) },
        { expression: sql`${organizations.id}`, direction: 'asc', value: bind('afterId', keyset[2]) },
      ])
    : undefined;
  return { hits, on, where: and(where, afterKeyset), score };
}

function prepareNarrowPage(db: Executor, { hits, on, where, score }: ReturnType<typeof narrowPageParts>) {
  return db
    .select({
      organization: organizationHitColumns,
      score,
      displayName,
      byText: sql<boolean>`hits.by_text`,
      byName: sql<boolean>`hits.by_name`,
      byDirection: sql<boolean>`hits.by_direction`,
      generation: registryGenerationValue,
    })
    .from(organizations)
    .innerJoin(hits, on)
    .where(where)
    .orderBy(sql`${score} desc`, displayName, organizations.id)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare('');
}

const narrowPages = preparedStatements<ReturnType<typeof prepareNarrowPage>>();

/**
 * One page of hits, best first; a broad query's page ranks only the names it matches (ADR 041).
 * The next page starts after the cursor (score, name, id) rather than at an offset; the total comes
 * with the facets. The statement is built once per shape and sent unnamed (ADR 047): each search is
 * still planned with its own values.
 */
export async function searchOrganizations(db: Executor, scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters, page: SearchPage) {
  if (query.broad) return searchBroadOrganizations(db, scope, query, filters, page);
  const keyset = page.after ? decodeCursor(page.after, ['number', 'string', 'string']) : undefined;
  const { bind, values } = recordingPlaceholders();
  const parts = narrowPageParts(scope, query, filters, keyset, bind);
  const statement = narrowPages(db, `${searchShape(scope, query, filters)} ${keyset ? 'after' : 'offset'}`, () => prepareNarrowPage(db, parts));
  const rows = await statement.execute({ ...values, limit: page.pageSize + 1, offset: keyset ? 0 : (page.page - 1) * page.pageSize });
  const items = rows.slice(0, page.pageSize);
  const last = items.at(-1);
  const nextCursor = rows.length > page.pageSize && last ? encodeCursor([Number(last.score), last.displayName, last.organization.id]) : null;
  // An empty page carries no generation: the caller reads it alone.
  return { rows: items, nextCursor, generation: rows[0]?.generation };
}

/**
 * Counts of the matched organizations by each facet, for narrowing the search: one statement over
 * the match set, computed once and kept (materialized) for the five groupings.
 */
export async function searchFacets(db: Executor, scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters) {
  const { hits, on, where } = scopedHits(scope, query, filters);
  const top = (facet: string, select: SQL) => sql`(select ${facet}::text as facet, value::text, count, ru, en, zh from (${select}) f(value, count, ru, en, zh) order by count desc, value limit 20)`;
  const result = await db.execute(sql`
    with matched as materialized (
      select ${organizations.id} as id, ${organizations.kind} as kind, ${organizations.country} as country, ${organizations.sizeBand} as size_band
      from ${organizations} inner join ${hits} on ${on} ${where ? sql`where ${where}` : sql``}
    )
    select 'total' as facet, (${registryGenerationValue})::text as value, count(*)::int as count, null as ru, null as en, null as zh from matched
    union all
    ${top('kind', sql`select kind, count(*)::int, null, null, null from matched where kind is not null group by kind`)}
    union all
    ${top('country', sql`select country, count(*)::int, null, null, null from matched where country is not null group by country`)}
    union all
    ${top('sizeBand', sql`select size_band, count(*)::int, null, null, null from matched where size_band is not null group by size_band`)}
    union all
    ${top('ecosystem', sql`
      select e.id, count(*)::int, coalesce(e.short_name_ru, e.name_ru), coalesce(e.short_name_en, e.name_en), coalesce(e.short_name_zh, e.name_zh)
      from ${ecosystemMemberships} m join matched on matched.id = m.organization_id join ${organizations} e on e.id = m.ecosystem_id
      where m.status <> 'former' group by e.id`)}
    union all
    ${top('direction', sql`
      select d.id, count(*)::int, d.label_ru, d.label_en, d.label_zh
      from ${organizationDirections} od join matched on matched.id = od.organization_id join ${directions} d on d.id = od.direction_id
      group by d.id`)}`);
  type Row = { facet: 'total' | 'kind' | 'country' | 'sizeBand' | 'ecosystem' | 'direction'; value: string; count: number; ru: string | null; en: string | null; zh: string | null };
  // Both drivers answer raw queries with { rows }.
  const rows = (result as unknown as { rows: Row[] }).rows;
  const of = (facet: Row['facet']) => rows.filter((r) => r.facet === facet);
  const plain = (facet: Row['facet']) => of(facet).map((r) => ({ value: r.value, count: Number(r.count) }));
  const labelled = (facet: Row['facet']) => of(facet).map((r) => ({ value: r.value, count: Number(r.count), label: { ru: r.ru, en: r.en, zh: r.zh } }));
  const total = Number(of('total')[0]?.count ?? 0);
  // The generation the facets were counted at, read by the same statement (ADR 029).
  const generation = Number(of('total')[0]?.value ?? -1);
  return { generation, total, kind: plain('kind'), country: plain('country'), sizeBand: plain('sizeBand'), ecosystem: labelled('ecosystem'), direction: labelled('direction') };
}
