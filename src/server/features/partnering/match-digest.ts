/**
 * The digest of new matches (ADR 033): every pair the matcher finds for a published profile is
 * kept once in `partnering_digest_matches`, for the profile's organization and — the pair being
 * mutually eligible — for the other profile's organization too. A pair stored is never new again;
 * the dashboard shows the pairs an organization has not marked as seen. The daily job passes over
 * every published profile; a publication or a renewal refreshes that profile at once, so that a
 * new profile appears in its partners' digests the same day ("recompute on change").
 */
import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { partneringDigestMatches, partneringProfiles } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';
import type { Glossary } from './glossary/glossary';
import { rankMatches, sourceProfileOf } from './matching/matcher';
import { ownersOf } from './profile-mappers';
import * as repo from './profiles.repo';

export const matchDigestJobName = 'partnering-match-digest';
export const profileDigestJobName = 'partnering-match-digest-profile';

/** How deep into a profile's ranked matches the digest looks. */
export const digestDepth = 20;

export type NewPair = { profileId: string; matchedProfileId: string };

/** `db` may be a transaction: the demo world fills the digest inside the one that builds it. */
export function createMatchDigest({ db, clock, glossary }: { db: Executor; clock: Clock; glossary: () => Promise<Glossary> }) {
  const today = () => clock.now().toISOString().slice(0, 10);
  const p = partneringProfiles;
  const live = () => and(eq(p.status, 'published'), or(isNull(p.expiresOn), gte(p.expiresOn, today())));

  /** Stores the profile's current matches that were never stored; returns the pairs new to either side. */
  async function refreshProfile(id: string): Promise<NewPair[]> {
    const [row] = await db.select().from(p).where(and(eq(p.id, id), live()));
    if (!row) return [];
    const [organization] = [...(await repo.organizationsOf(db, [row.organizationId])).values()];
    if (!organization) return [];
    const owner = (await ownersOf(db, [row]))(row.organizationId);
    const directionIds = (await repo.directionIdsOf(db, [id])).get(id) ?? [];
    const source = sourceProfileOf(row, { country: organization.country, ecosystemIds: owner.ecosystemIds }, directionIds);
    const ranked = await rankMatches(db, source, { glossary: await glossary(), directions: await repo.allDirections(db), language: 'en', limit: digestDepth, today: today() });
    if (!ranked.length) return [];
    const others = await db.select({ id: p.id, organizationId: p.organizationId }).from(p).where(inArray(p.id, ranked.map((r) => r.id)));
    const organizationOf = new Map(others.map((o) => [o.id, o.organizationId]));
    const foundOn = today();
    const values = ranked.flatMap((m) => {
      const other = organizationOf.get(m.id);
      if (!other) return [];
      return [
        { profileId: id, matchedProfileId: m.id, organizationId: row.organizationId, score: m.pair.score, foundOn },
        { profileId: m.id, matchedProfileId: id, organizationId: other, score: m.pair.score, foundOn },
      ];
    });
    const inserted = await db.insert(partneringDigestMatches).values(values).onConflictDoNothing()
      .returning({ profileId: partneringDigestMatches.profileId, matchedProfileId: partneringDigestMatches.matchedProfileId });
    return inserted;
  }

  /** The daily pass: every live published profile, one at a time (each a few hundred rows read). */
  async function refreshAll(): Promise<NewPair[]> {
    const ids = await db.select({ id: p.id }).from(p).where(live()).orderBy(p.id);
    const found: NewPair[] = [];
    for (const { id } of ids) found.push(...(await refreshProfile(id)));
    return found;
  }

  return { refreshProfile, refreshAll };
}

export type MatchDigest = ReturnType<typeof createMatchDigest>;

/** The unseen, still live pairs of some organizations, best first, with their number. */
export async function unseenPairs(db: Database, organizationIds: string[], today: string, limit: number) {
  const d = partneringDigestMatches;
  if (!organizationIds.length) return { total: 0, rows: [] };
  const where = sql`${d.organizationId} in (${sql.join(organizationIds.map((o) => sql`${o}`), sql`, `)}) and ${d.seenAt} is null
    and exists (select 1 from partnering_profiles m where m.id = ${d.matchedProfileId} and m.status = 'published' and (m.expires_on is null or m.expires_on >= ${today}))
    and exists (select 1 from partnering_profiles s where s.id = ${d.profileId} and s.status = 'published' and (s.expires_on is null or s.expires_on >= ${today}))`;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(d).where(where);
  const rows = await db.select().from(d).where(where).orderBy(sql`${d.score} desc, ${d.foundOn} desc, ${d.matchedProfileId}`).limit(limit);
  return { total: Number(count?.n ?? 0), rows };
}
