/**
 * The partnering feature: offers and requests of organizations (profiles), their quality review,
 * explained matches across Russian, English and Chinese, and the funnel from an expression of
 * interest to an agreement. Who reads and writes what is decided in partnering.policy.ts.
 */
import type { CreateProfileInput, ListProfilesQuery, MatchDto } from '../../../shared/contracts/partnering';
import type { DigestQuery } from '../../../shared/contracts/partnering-digest';
import { areComplementary, type ProfileType } from '../../../shared/partnering';
import type { Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
import type { JobSender } from '../../jobs/job-queue';
import { partneringMatchViews } from '../../db/schema/index';
import { hasRole, type RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { GlossarySource } from './glossary/glossary-source';
import { countryName, rankMatches, sourceProfileOf, type SourceProfile } from './matching/matcher';
import { lexemesOf } from './matching/matching.repo';
import { directionTree, scorePair } from './matching/score';
import { canSeeReviewQueue, canWriteProfile, isCenter, publicStatuses } from './partnering.policy';
import { checkedColumns } from './profile-fields';
import { ownersOf, shownStatus, toProfiles } from './profile-mappers';
import { funnelMetrics } from './funnel';
import { createInterests } from './interests';
import { createDigestReads } from './digest-reads';
import { createMatchDigest, profileDigestJobName } from './match-digest';
import { createProfileWrites, reviewThresholdsOf } from './profile-writes';
import * as repo from './profiles.repo';

/** `jobs` refreshes the digest of a profile when it is published or renewed; without it, the daily pass does. */
type Dependencies = { db: Database; clock: Clock; audit: AuditService; glossarySource: GlossarySource; jobs?: Pick<JobSender, 'send'> };

export function createPartneringService({ db, clock, audit, glossarySource, jobs }: Dependencies) {
  const today = () => clock.now().toISOString().slice(0, 10);
  /** The shipped glossary with the administrators' terms, read again when they change. */
  const glossary = () => glossarySource.get();
  const writes = createProfileWrites({ db, clock, glossary });
  const interests = createInterests({ db, clock });
  const matchDigest = createMatchDigest({ db, clock, glossary });
  /** Recompute on change: the profile's new matches reach both sides' digests without waiting for the night. */
  const refreshDigest = async (id: string) => { await jobs?.send(profileDigestJobName, { profileId: id }); };

  async function get(id: string, context: RequestContext) {
    const { row } = await writes.readable(db, id, context);
    const [profile] = await toProfiles(db, context.actor, [row], today());
    return profile!;
  }

  /** Whose profiles "mine" and the review queue show: the caller's organizations and parks; the center sees all. */
  function scopeOf(context: RequestContext): repo.ListScope {
    const actor = context.actor;
    if (isCenter(actor)) return { all: true, organizationIds: [], ecosystemIds: [] };
    if (actor.kind !== 'user') return { all: false, organizationIds: [], ecosystemIds: [] };
    return { all: false, organizationIds: [...actor.memberOrganizationIds, ...actor.managedEcosystemIds], ecosystemIds: actor.managedEcosystemIds };
  }

  async function sourceOf(tx: Executor, row: Parameters<typeof sourceProfileOf>[0], directionIds: string[]): Promise<SourceProfile> {
    const [organization] = [...(await repo.organizationsOf(tx, [row.organizationId])).values()];
    if (!organization) throw new AppError('REFERENCE_NOT_FOUND', { field: 'organizationId' });
    const owner = (await ownersOf(tx, [row]))(row.organizationId);
    return sourceProfileOf(row, { country: organization.country, ecosystemIds: owner.ecosystemIds }, directionIds);
  }

  async function explained(source: SourceProfile, limit: number, language: Language, context: RequestContext): Promise<MatchDto[]> {
    const ranked = await rankMatches(db, source, { glossary: await glossary(), directions: await repo.allDirections(db), language, limit, today: today() });
    const rows = await Promise.all(ranked.map((r) => repo.findProfile(db, r.id)));
    const profiles = new Map((await toProfiles(db, context.actor, rows.filter((r): r is repo.ProfileRow => !!r), today())).map((p) => [p.id, p]));
    return ranked.filter((r) => profiles.has(r.id)).map((r) => ({ profile: profiles.get(r.id)!, ...r.pair }));
  }

  /** The score of a pair with its reasons in the reader's language, both profiles as stored. */
  async function explainRows(row: repo.ProfileRow, other: repo.ProfileRow, language: Language) {
    const directionIds = await repo.directionIdsOf(db, [row.id, other.id]);
    const side = async (r: repo.ProfileRow) => {
      const s = await sourceOf(db, r, directionIds.get(r.id) ?? []);
      return { ...s, lexemes: await lexemesOf(db, s.language, s.searchText) };
    };
    return scorePair(await side(row), await side(other), { tree: directionTree(await repo.allDirections(db)), glossary: await glossary(), language, countryName });
  }
  const digestReads = createDigestReads({ db, clock, explainRows });

  return {
    get,

    interests,
    async funnel(query: Parameters<typeof funnelMetrics>[1], context: RequestContext) {
      authorize(context.actor, isCenter(context.actor) || hasRole(context.actor, 'park_manager', 'analyst'));
      return funnelMetrics(db, query, today());
    },

    async list(query: ListProfilesQuery, context: RequestContext) {
      if (query.view === 'mine') authorize(context.actor, context.actor.kind === 'user');
      if (query.view === 'review') authorize(context.actor, canSeeReviewQueue(context.actor));
      const { rows, total } = await repo.listProfiles(db, query, scopeOf(context), today());
      return { items: await toProfiles(db, context.actor, rows, today()), page: query.page, pageSize: query.pageSize, total };
    },

    create: writes.create,
    update: writes.update,
    submit: writes.submit,
    startReview: writes.startReview,
    async review(...args: Parameters<typeof writes.review>) {
      await writes.review(...args);
      await refreshDigest(args[0]);
    },
    withdraw: writes.withdraw,
    async renew(...args: Parameters<typeof writes.renew>) {
      await writes.renew(...args);
      await refreshDigest(args[0]);
    },
    thresholds: async (context: RequestContext) => {
      authorize(context.actor, context.actor.kind === 'user');
      return reviewThresholdsOf(db);
    },
    setThresholds: writes.setThresholds,
    history: async (id: string, page: number, context: RequestContext) => {
      authorize(context.actor, context.actor.kind === 'user');
      const { owner } = await writes.readable(db, id, context);
      authorize(context.actor, canWriteProfile(context.actor, owner));
      return audit.historyOf('partnering_profile', id, page);
    },

    /** Matches of a saved profile; a published one is matched for anyone who reads it, a draft for its side. */
    async matches(id: string, limit: number, language: Language, context: RequestContext) {
      const { row } = await writes.readable(db, id, context);
      if (!(publicStatuses as readonly string[]).includes(shownStatus(row, today())) && context.actor.kind !== 'user') throw notFound('partnering_profile', id);
      const directionIds = (await repo.directionIdsOf(db, [id])).get(id) ?? [];
      const items = await explained(await sourceOf(db, row, directionIds), limit, language, context);
      // The funnel's "matches viewed": counted when the profile's own side reads its matches.
      const owner = (await ownersOf(db, [row]))(row.organizationId);
      if (items.length && context.actor.kind === 'user' && canWriteProfile(context.actor, owner) && !isCenter(context.actor)) {
        await db.insert(partneringMatchViews).values(items.map((m) => ({ profileId: id, matchedProfileId: m.profile.id, viewedOn: today() }))).onConflictDoNothing();
      }
      return { items };
    },

    /** Matches of an unsaved draft, for the editor: nothing is written. */
    async preview(input: CreateProfileInput & { limit: number }, language: Language, context: RequestContext) {
      const { organizationId, limit, ...fields } = input;
      const owner = (await ownersOf(db, [{ organizationId }]))(organizationId);
      authorize(context.actor, canWriteProfile(context.actor, owner));
      const { values, directionIds } = await checkedColumns(db, fields, await glossary(), today());
      return { items: await explained(await sourceOf(db, { ...values, id: null, organizationId }, directionIds), limit, language, context) };
    },

    matchDigest,
    digest: (query: DigestQuery, language: Language, context: RequestContext) => digestReads.list(query, language, context),
    markDigestSeen: (organizationId: string | undefined, context: RequestContext) => digestReads.markSeen(organizationId, context),

    /** Why two profiles match (or how little): both must be readable and complementary. */
    async pair(id: string, otherId: string, language: Language, context: RequestContext) {
      const [{ row }, { row: other }] = [await writes.readable(db, id, context), await writes.readable(db, otherId, context)];
      if (!areComplementary(row.type as ProfileType, other.type as ProfileType)) throw new AppError('NOT_COMPLEMENTARY', { types: [row.type, other.type] });
      const pair = await explainRows(row, other, language);
      const [profile] = await toProfiles(db, context.actor, [other], today());
      return { profile: profile!, ...pair };
    },
  };
}

export type PartneringService = ReturnType<typeof createPartneringService>;
