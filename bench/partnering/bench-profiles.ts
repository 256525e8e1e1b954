/**
 * A crowded marketplace for the partnering benches: published profiles made from the evaluation
 * set's 169 ru/en/zh texts, over 2,000 organizations in four countries.
 *
 * Plain copies would crowd 169 texts into the whole table, so that every condition of the pool
 * matched thousands of identical rows; each copy is varied instead, from its template and two
 * others chosen by its number: it drops one concept and, every other copy, takes one of another
 * text's; one in four sits in another text's direction; one in three carries another text's words
 * (same language) after its own; TRL, partnership types, expiry and target countries vary.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/server/db/client';
import type { Glossary } from '../../src/server/features/partnering/glossary/glossary';
import { checkedColumns } from '../../src/server/features/partnering/profile-fields';
import type { DirectionNode } from '../../src/server/features/partnering/profiles.repo';
import { evalProfiles } from './eval-set';

const countries = ['RU', 'BY', 'CN', 'KZ'];
const partnershipTypes = ['licence', 'joint_venture', 'rd_cooperation', 'manufacturing', 'supply_distribution', 'investment'];

export async function loadBenchProfiles(db: Executor, count: number, glossary: Glossary, directions: DirectionNode[], today: string) {
  const codeToId = new Map(directions.map((d) => [d.code, d.id]));
  await db.execute(sql`insert into organizations (name_en, kind, country) select 'Bench ' || g, 'company', (array[${sql.join(countries.map((c) => sql`${c}`), sql`, `)}])[1 + g % 4] from generate_series(1, 2000) g`);
  await db.execute(sql`create table bench_templates (i int primary key, type text, language text, title text, summary text, search_text text, concepts text[], closure uuid[])`);
  const templates = evalProfiles();
  for (const [i, p] of templates.entries()) {
    const directionId = codeToId.get(p.direction)!;
    const { values } = await checkedColumns(db, {
      type: p.type, title: p.title, summary: p.summary, description: '', directionIds: [directionId], keywords: [], trl: 6, ipStatus: null,
      partnershipTypes: ['licence'], targetCountries: [], targetEcosystemIds: [], dealSizeBand: null, expiresOn: null, attachmentFileIds: [], anonymous: false,
    }, glossary, today);
    await db.execute(sql`insert into bench_templates values (${i}, ${p.type}, ${values.language}, ${p.title}, ${p.summary}, ${values.searchText},
      ${sql.raw(`'{${values.concepts.map((c) => `"${c}"`).join(',')}}'`)}::text[], array[${sql.join(values.directionClosure.map((c) => sql`${c}`), sql`, `)}]::uuid[])`);
  }
  const n = templates.length;
  await db.execute(sql`
    with orgs as (select array_agg(id order by name_en) ids from organizations where name_en like 'Bench %'),
    copies as (
      select g, t.*, u.concepts u_concepts, u.closure u_closure, v.language v_language, v.search_text v_text
      from generate_series(1, ${count}) g
      join bench_templates t on t.i = g % ${n}
      join bench_templates u on u.i = (g * 7 + g / ${n}) % ${n}
      join bench_templates v on v.i = (g * 13 + g / ${n} + 5) % ${n}
    )
    insert into partnering_profiles (organization_id, type, status, title, summary, language, search_text, concepts, direction_closure,
      trl, partnership_types, target_countries, expires_on, published_at)
    select orgs.ids[1 + g % 2000], type, 'published', title || ' #' || g, summary, language,
      case when g % 3 = 0 and v_language = language then search_text || ' ' || v_text else search_text end,
      array(select distinct c from unnest(case when cardinality(concepts) > 1 then concepts[:g % cardinality(concepts)] || concepts[2 + g % cardinality(concepts):] else concepts end
        || case when g % 2 = 0 then u_concepts[1:1] else '{}' end) c),
      case when g % 4 = 0 then u_closure else closure end,
      1 + g % 9,
      (array[${sql.join(partnershipTypes.map((c) => sql`${c}`), sql`, `)}]::text[])[1 + g % 6 : 1 + g % 6 + (g / 7) % 2],
      case when g % 10 = 0 then array[(array[${sql.join(countries.map((c) => sql`${c}`), sql`, `)}]::text[])[1 + (g / 10) % 4]] else '{}' end,
      case when g % 20 = 0 then (${today}::date - 1 - (g % 30)::int) when g % 5 = 0 then (${today}::date + 30 + (g % 300)::int) end,
      now()
    from copies, orgs`);
  // Each profile's own direction: the element of its closure that is no other element's parent.
  await db.execute(sql`insert into partnering_profile_directions (profile_id, direction_id)
    select p.id, d.id from partnering_profiles p join directions d on d.id = any(p.direction_closure)
    where not exists (select 1 from directions c where c.parent_id = d.id and c.id = any(p.direction_closure))`);
  await db.execute(sql`analyze`);
}
