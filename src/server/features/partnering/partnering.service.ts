/**
 * The partnering feature: offers and requests of organizations (profiles), their quality review,
 * explained matches across Russian, English and Chinese, and the funnel from an expression of
 * interest to an agreement. Who reads and writes what is decided in partnering.policy.ts.
 */
import type { CreateProfileInput, ListProfilesQuery, MatchDto } from '../../../shared/contracts/partnering';
import { areComplementary, type ProfileType } from '../../../shared/partnering';
import type { Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
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
import { createProfileWrites, reviewThresholdsOf } from './profile-writes';
import * as repo from './profiles.repo';

type Dependencies = { db: Database; clock: Clock; audit: AuditService; glossarySource: GlossarySource };

export function createPartneringService({ db, clock, audit, glossarySource }: Dependencies) {
  const today = () => clock.now().toISOString().slice(0, 10);
  /** The shipped glossary with the administrators' terms, read again when they change. */
  const glossary = () => glossarySource.get();
  const writes = createProfileWrites({ db, clock, glossary });
  const interests = createInterests({ db, clock });

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
    review: writes.review,
    withdraw: writes.withdraw,
    renew: writes.renew,
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

    /** Why two profiles match (or how little): both must be readable and complementary. */
    async pair(id: string, otherId: string, language: Language, context: RequestContext) {
      const [{ row }, { row: other }] = [await writes.readable(db, id, context), await writes.readable(db, otherId, context)];
      if (!areComplementary(row.type as ProfileType, other.type as ProfileType)) throw new AppError('NOT_COMPLEMENTARY', { types: [row.type, other.type] });
      const directionIds = await repo.directionIdsOf(db, [id, otherId]);
      const source = await sourceOf(db, row, directionIds.get(id) ?? []);
      const target = await sourceOf(db, other, directionIds.get(otherId) ?? []);
      const side = async (s: SourceProfile) => ({ ...s, lexemes: await lexemesOf(db, s.language, s.searchText) });
      const pair = scorePair(await side(source), await side(target), { tree: directionTree(await repo.allDirections(db)), glossary: await glossary(), language, countryName });
      const [profile] = await toProfiles(db, context.actor, [other], today());
      return { profile: profile!, ...pair };
    },
  };
}

export type PartneringService = ReturnType<typeof createPartneringService>;
