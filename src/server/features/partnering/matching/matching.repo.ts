import { sql, type SQL } from 'drizzle-orm';
import type { ProfileType } from '../../../../shared/partnering';
import type { Executor } from '../../../db/client';
import { ecosystemMemberships, organizations, partneringProfiles } from '../../../db/schema/index';
import { candidatePoolSize } from './match-weights';

const textArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);
const uuidArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`);

export const textSearchConfig = (language: string) => (language === 'ru' ? 'russian' : language === 'en' ? 'english' : 'simple');

export type MatchSource = {
  id: string | null;
  organizationId: string;
  country: string;
  ecosystemIds: string[];
  language: string;
  searchText: string;
  concepts: string[];
  directionClosure: string[];
  targetCountries: string[];
  targetEcosystemIds: string[];
  complements: readonly ProfileType[];
};

export type CandidateRow = {
  id: string; organization_id: string; type: ProfileType; language: string; text: string; concepts: string[];
  trl: number | null; partnership_types: string[]; target_countries: string[]; country: string; lexemes: string[]; direction_ids: string[];
};

/** The stemmed words of a text as PostgreSQL's search reads it in its language. */
export async function lexemesOf(db: Executor, language: string, text: string): Promise<string[]> {
  const result = await db.execute(sql`select tsvector_to_array(to_tsvector(${textSearchConfig(language)}::regconfig, ${text})) as lexemes`);
  return ((result as unknown as { rows: { lexemes: string[] }[] }).rows[0]?.lexemes) ?? [];
}

/**
 * The candidate pool: published, unexpired, complementary profiles of other organizations, inside
 * each side's target countries and ecosystems, sharing a concept, a branch of the taxonomy or (in
 * the same language) words. Ordered by a rough pre-score; the app scores the pool in full.
 */
export async function candidatePool(db: Executor, source: MatchSource, today: string): Promise<CandidateRow[]> {
  const p = partneringProfiles;
  const concepts = textArray(source.concepts);
  const closure = uuidArray(source.directionClosure);
  const result = await db.execute(sql`
    with src as (select to_tsvector(${textSearchConfig(source.language)}::regconfig, ${source.searchText}) as v),
    q as (
      select case when length(src.v) = 0 then null
        else to_tsquery('simple', (select string_agg(quote_literal(l), ' | ') from unnest(tsvector_to_array(src.v)) l)) end as q
      from src
    )
    select ${p.id} as id, ${p.organizationId} as organization_id, ${p.type} as type, ${p.language} as language,
      concat_ws(E'\n', ${p.title}, ${p.summary}, ${p.description}, array_to_string(${p.keywords}, ', ')) as text,
      ${p.concepts} as concepts, ${p.trl} as trl, ${p.partnershipTypes} as partnership_types, ${p.targetCountries} as target_countries,
      o.country as country, tsvector_to_array(${p.searchVector}) as lexemes,
      array(select d.direction_id from partnering_profile_directions d where d.profile_id = ${p.id}) as direction_ids
    from ${p} join ${organizations} o on o.id = ${p.organizationId} cross join q
    where ${p.status} = 'published' and (${p.expiresOn} is null or ${p.expiresOn} >= ${today})
      and ${p.type} in (${sql.join(source.complements.map((t) => sql`${t}`), sql`, `)})
      and ${p.organizationId} <> ${source.organizationId}
      ${source.id ? sql`and ${p.id} <> ${source.id}` : sql``}
      and (cardinality(${p.targetCountries}) = 0 or ${source.country} = any(${p.targetCountries}))
      ${source.targetCountries.length ? sql`and o.country = any(${textArray(source.targetCountries)})` : sql``}
      and (cardinality(${p.targetEcosystemIds}) = 0 or ${p.targetEcosystemIds} && ${uuidArray(source.ecosystemIds)})
      ${source.targetEcosystemIds.length ? sql`and exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${p.organizationId} and m.status in ('applicant', 'resident') and m.ecosystem_id = any(${uuidArray(source.targetEcosystemIds)}))` : sql``}
      and (${p.concepts} && ${concepts} or ${p.directionClosure} && ${closure} or (${p.language} = ${source.language} and ${p.searchVector} @@ q.q))
    order by
      cardinality(array(select unnest(${p.concepts}) intersect select unnest(${concepts}))) * 2
      + cardinality(array(select unnest(${p.directionClosure}) intersect select unnest(${closure})))
      + case when ${p.language} = ${source.language} then coalesce(ts_rank(${p.searchVector}, q.q), 0) * 10 else 0 end desc,
      ${p.id}
    limit ${candidatePoolSize}`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}
