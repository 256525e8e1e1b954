import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { readScopeCondition } from './registry.repo';
import type { SearchTerms } from './search-terms';

export type SearchFilters = { kind?: string; country?: string; ecosystemId?: string; directionId?: string; sizeBand?: string };

/**
 * Directions the query names in any language, with all their descendants: "биотехнологии",
 * "biotechnology" and "生物技术" all name the same branch of the taxonomy.
 */
function matchedDirectionIds(terms: SearchTerms): SQL {
  const chineseLabel = terms.chinese.length ? sql`or ${directions.labelZh} like ${`%${terms.raw.replace(/[\\%_]/g, '')}%`}` : sql``;
  return sql`(with recursive hits as (
      select id from ${directions}
      where to_tsvector('russian', ${directions.labelRu}) @@ websearch_to_tsquery('russian', ${terms.raw})
         or to_tsvector('english', ${directions.labelEn}) @@ websearch_to_tsquery('english', ${terms.raw})
         ${chineseLabel}
      union
      select d.id from ${directions} d join hits h on d.parent_id = h.id
    ) select id from hits)`;
}

function filterConditions(filters: SearchFilters): (SQL | undefined)[] {
  return [
    filters.kind ? eq(organizations.kind, filters.kind) : undefined,
    filters.country ? eq(organizations.country, filters.country) : undefined,
    filters.sizeBand ? eq(organizations.sizeBand, filters.sizeBand) : undefined,
    filters.ecosystemId
      ? inArray(organizations.id, sql`(select organization_id from ${ecosystemMemberships} where ecosystem_id = ${filters.ecosystemId} and status <> 'former')`)
      : undefined,
    filters.directionId
      ? inArray(organizations.id, sql`(select organization_id from ${organizationDirections} where direction_id = ${filters.directionId})`)
      : undefined,
  ];
}

/** The three ways an organization can match, as SQL expressions over the organizations row. */
function matchExpressions(terms: SearchTerms) {
  const byText = sql`${organizations.searchVector} @@ (${terms.tsquery})`;
  const byName = terms.nameKey ? sql`${terms.nameKey} <% ${organizations.nameLatin}` : sql`false`;
  const byDirection = sql`exists (select 1 from ${organizationDirections} od where od.organization_id = ${organizations.id} and od.direction_id in ${matchedDirectionIds(terms)})`;
  return { byText, byName, byDirection };
}

export function searchCondition(terms: SearchTerms): SQL {
  const { byText, byName, byDirection } = matchExpressions(terms);
  return sql`(${byText} or ${byName} or ${byDirection})`;
}

export async function searchOrganizations(db: Executor, scope: OrganizationReadScope, terms: SearchTerms, filters: SearchFilters, page: number, pageSize: number) {
  const { byText, byName, byDirection } = matchExpressions(terms);
  const where = and(readScopeCondition(scope), searchCondition(terms), ...filterConditions(filters));
  const nameSimilarity = terms.nameKey ? sql`word_similarity(${terms.nameKey}, coalesce(${organizations.nameLatin}, ''))` : sql`0`;
  // Text relevance first, a close name next, a shared direction last; ties by name for a stable order.
  const score = sql<number>`(ts_rank(${organizations.searchVector}, ${terms.tsquery}) * 10 + ${nameSimilarity} + case when ${byDirection} then 0.3 else 0 end)::float8`;
  const rows = await db
    .select({
      organization: organizations,
      score,
      byText: sql<boolean>`${byText}`,
      byName: sql<boolean>`${byName}`,
      byDirection: sql<boolean>`${byDirection}`,
    })
    .from(organizations)
    .where(where)
    .orderBy(sql`${score} desc`, sql`coalesce(${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh})`, organizations.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ value: sql<number>`count(*)::int` }).from(organizations).where(where);
  return { rows, total: total?.value ?? 0, where };
}

/** Counts of the matched organizations by each facet, for narrowing the search. */
export async function searchFacets(db: Executor, where: SQL | undefined) {
  const matched = sql`(select ${organizations.id} from ${organizations} where ${where})`;
  const countBy = (column: SQL) =>
    db.execute(sql`select ${column} as value, count(*)::int as count from ${organizations} where ${organizations.id} in ${matched} group by 1 order by 2 desc limit 20`);
  const [kind, country, sizeBand, ecosystem, direction] = await Promise.all([
    countBy(sql`${organizations.kind}`),
    countBy(sql`${organizations.country}`),
    countBy(sql`${organizations.sizeBand}`),
    db.execute(sql`
      select e.id as value, count(*)::int as count, coalesce(e.short_name_ru, e.name_ru) as ru, coalesce(e.short_name_en, e.name_en) as en, coalesce(e.short_name_zh, e.name_zh) as zh
      from ${ecosystemMemberships} m join ${organizations} e on e.id = m.ecosystem_id
      where m.organization_id in ${matched} and m.status <> 'former' group by e.id order by 2 desc limit 20`),
    db.execute(sql`
      select d.id as value, count(*)::int as count, d.label_ru as ru, d.label_en as en, d.label_zh as zh
      from ${organizationDirections} od join ${directions} d on d.id = od.direction_id
      where od.organization_id in ${matched} group by d.id order by 2 desc limit 20`),
  ]);
  type Row = { value: string | null; count: number; ru?: string | null; en?: string | null; zh?: string | null };
  // Both drivers answer raw queries with { rows }.
  const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
  const plain = (result: unknown) =>
    rowsOf(result).filter((r) => r.value !== null).map((r) => ({ value: r.value as string, count: Number(r.count) }));
  const labelled = (result: unknown) =>
    rowsOf(result).map((r) => ({ value: r.value as string, count: Number(r.count), label: { ru: r.ru ?? null, en: r.en ?? null, zh: r.zh ?? null } }));
  return { kind: plain(kind), country: plain(country), sizeBand: plain(sizeBand), ecosystem: labelled(ecosystem), direction: labelled(direction) };
}
