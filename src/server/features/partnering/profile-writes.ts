/**
 * Creating and editing profiles and moving them through their lifecycle, review included:
 * draft → submitted → in review → published → expired / withdrawn; a review below the thresholds
 * (or with a 0) returns the profile to draft with the reviewer's scores and comments.
 * One transaction per operation, checks first, the audit entry last.
 */
import type { CreateProfileInput, ReviewInput, ReviewThresholds, UpdateProfileInput } from '../../../shared/contracts/partnering';
import { reviewCriteria } from '../../../shared/partnering';
import { precheckProfile } from '../../../shared/partnering-prechecks';
import type { Database, Executor } from '../../db/client';
import { partneringReviews } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import type { Glossary } from './glossary/glossary';
import { canChangeReviewThresholds, canReadProfile, canReviewProfile, canWriteProfile, isMemberOfOwner } from './partnering.policy';
import { checkedColumns, fieldsOfRow } from './profile-fields';
import { ownersOf, shownStatus } from './profile-mappers';
import * as repo from './profiles.repo';

export const defaultThresholds: ReviewThresholds = { minTotal: 12, minPerCriterion: 2 };

export async function reviewThresholdsOf(db: Executor): Promise<ReviewThresholds> {
  return { ...defaultThresholds, ...((await repo.readSetting(db, 'review')) as Partial<ReviewThresholds> | undefined) };
}

/** The decision a review's scores lead to under the thresholds. */
export function reviewDecision(scores: ReviewInput['scores'], thresholds: ReviewThresholds): 'published' | 'returned' {
  const values = reviewCriteria.map((c) => scores[c]);
  if (values.some((v) => v === 0)) return 'returned';
  if (values.some((v) => v < thresholds.minPerCriterion)) return 'returned';
  return values.reduce((a, b) => a + b, 0) >= thresholds.minTotal ? 'published' : 'returned';
}

const textFields = ['title', 'summary', 'description', 'keywords'] as const;

export function createProfileWrites({ db, clock, glossary }: { db: Database; clock: Clock; glossary: () => Promise<Glossary> }) {
  const today = () => clock.now().toISOString().slice(0, 10);

  async function audited(tx: Executor, id: string) {
    const row = await repo.findProfile(tx, id);
    if (!row) return null;
    const { createdAt: _c, updatedAt: _u, searchVector: _v, searchText: _t, concepts: _k, directionClosure: _d, ...fields } = row;
    return { ...fields, directionIds: ((await repo.directionIdsOf(tx, [id])).get(id) ?? []).sort() };
  }

  /** The profile with its owner, if the caller may read it (404 otherwise: its existence is not told). */
  async function readable(tx: Executor, id: string, context: RequestContext) {
    const row = await repo.findProfile(tx, id);
    if (!row) throw notFound('partnering_profile', id);
    const owner = (await ownersOf(tx, [row]))(row.organizationId);
    if (!canReadProfile(context.actor, owner, row.status)) throw notFound('partnering_profile', id);
    return { row, owner };
  }

  async function transition(id: string, context: RequestContext, action: string, apply: (tx: Executor, found: Awaited<ReturnType<typeof readable>>) => Promise<void>) {
    // Writes are for signed-in callers: an anonymous one is asked to sign in before anything is looked up.
    authorize(context.actor, context.actor.kind === 'user');
    await db.transaction(async (tx) => {
      const found = await readable(tx, id, context);
      const before = await audited(tx, id);
      await apply(tx, found);
      await recordAudit(tx, context, { action, entityType: 'partnering_profile', entityId: id, before, after: await audited(tx, id) });
    });
  }

  const refuse = (from: string, to: string) => new AppError('PROFILE_TRANSITION_FORBIDDEN', { from, to });

  return {
    readable,

    async create(input: CreateProfileInput, context: RequestContext): Promise<string> {
      const { organizationId, ...fields } = input;
      const words = await glossary();
      return db.transaction(async (tx) => {
        const [organization] = [...(await repo.organizationsOf(tx, [organizationId])).values()];
        if (!organization) throw new AppError('REFERENCE_NOT_FOUND', { field: 'organizationId' });
        authorize(context.actor, canWriteProfile(context.actor, (await ownersOf(tx, [input]))(organizationId)));
        const { values, directionIds } = await checkedColumns(tx, fields, words, today());
        const row = await repo.insertProfile(tx, { ...values, organizationId, status: 'draft', createdBy: context.actor.kind === 'user' ? context.actor.id : null });
        await repo.replaceProfileDirections(tx, row.id, directionIds);
        await recordAudit(tx, context, { action: 'create', entityType: 'partnering_profile', entityId: row.id, before: null, after: await audited(tx, row.id) });
        return row.id;
      });
    },

    async update(id: string, input: UpdateProfileInput, context: RequestContext): Promise<void> {
      const words = await glossary();
      await transition(id, context, 'update', async (tx, { row, owner }) => {
        authorize(context.actor, canWriteProfile(context.actor, owner));
        if (row.status !== 'draft') throw new AppError('PROFILE_NOT_EDITABLE', { status: row.status });
        const current = fieldsOfRow(row, (await repo.directionIdsOf(tx, [id])).get(id) ?? []);
        // New texts without a stated language are read again for their language.
        const textChanged = textFields.some((field) => input[field] !== undefined);
        const merged = { ...current, ...(textChanged ? { language: undefined } : {}), ...input };
        const { values, directionIds } = await checkedColumns(tx, merged, words, today());
        await repo.updateProfile(tx, id, { ...values, updatedAt: clock.now() });
        await repo.replaceProfileDirections(tx, id, directionIds);
      });
    },

    /** draft → submitted, once the automatic pre-checks pass. */
    async submit(id: string, context: RequestContext) {
      await transition(id, context, 'submit', async (tx, { row, owner }) => {
        authorize(context.actor, canWriteProfile(context.actor, owner));
        if (row.status !== 'draft') throw refuse(row.status, 'submitted');
        const findings = precheckProfile({ ...fieldsOfRow(row, (await repo.directionIdsOf(tx, [id])).get(id) ?? []) });
        if (findings.length) throw new AppError('PROFILE_PRECHECKS_FAILED', { findings });
        if (row.expiresOn && row.expiresOn <= today()) throw new AppError('EXPIRY_IN_PAST', { field: 'expiresOn', today: today() });
        await repo.updateProfile(tx, id, { status: 'submitted', submittedAt: clock.now(), updatedAt: clock.now() });
      });
    },

    /** submitted → in review: a reviewer takes the profile, so others see it is being read. */
    async startReview(id: string, context: RequestContext) {
      await transition(id, context, 'start_review', async (tx, { row, owner }) => {
        authorize(context.actor, canReviewProfile(context.actor, owner));
        if (row.status !== 'submitted') throw refuse(row.status, 'in_review');
        await repo.updateProfile(tx, id, { status: 'in_review', updatedAt: clock.now() });
      });
    },

    /** Scores on the four criteria: published when they pass the thresholds, back to draft otherwise. */
    async review(id: string, input: ReviewInput, context: RequestContext) {
      await transition(id, context, 'review', async (tx, { row, owner }) => {
        if (isMemberOfOwner(context.actor, owner)) throw new AppError('REVIEW_OWN_PROFILE');
        authorize(context.actor, canReviewProfile(context.actor, owner));
        if (row.status !== 'submitted' && row.status !== 'in_review') throw refuse(row.status, 'published');
        const thresholds = await reviewThresholdsOf(tx);
        const decision = reviewDecision(input.scores, thresholds);
        if (decision === 'returned' && !input.comment) throw new AppError('REVIEW_SCORE_ZERO_NEEDS_COMMENT');
        await tx.insert(partneringReviews).values({
          profileId: id, reviewerId: context.actor.kind === 'user' ? context.actor.id : null, ...input.scores, comment: input.comment ?? null, decision, thresholds,
        });
        const now = clock.now();
        await repo.updateProfile(tx, id, decision === 'published' ? { status: 'published', publishedAt: now, updatedAt: now } : { status: 'draft', updatedAt: now });
      });
    },

    async withdraw(id: string, context: RequestContext) {
      await transition(id, context, 'withdraw', async (tx, { row, owner }) => {
        authorize(context.actor, canWriteProfile(context.actor, owner));
        if (row.status === 'withdrawn') throw refuse(row.status, 'withdrawn');
        await repo.updateProfile(tx, id, { status: 'withdrawn', updatedAt: clock.now() });
      });
    },

    /** A published or expired profile stays (or is again) published until the new date. */
    async renew(id: string, expiresOn: string, context: RequestContext) {
      await transition(id, context, 'renew', async (tx, { row, owner }) => {
        authorize(context.actor, canWriteProfile(context.actor, owner));
        const status = shownStatus(row, today());
        if (status !== 'published' && status !== 'expired') throw refuse(row.status, 'published');
        if (expiresOn <= today()) throw new AppError('EXPIRY_IN_PAST', { field: 'expiresOn', today: today() });
        await repo.updateProfile(tx, id, { status: 'published', expiresOn, updatedAt: clock.now() });
      });
    },

    async setThresholds(input: ReviewThresholds, context: RequestContext) {
      authorize(context.actor, canChangeReviewThresholds(context.actor));
      await db.transaction(async (tx) => {
        const before = await reviewThresholdsOf(tx);
        await repo.writeSetting(tx, 'review', input);
        await recordAudit(tx, context, { action: 'update', entityType: 'partnering_settings', entityId: 'review', before, after: input });
      });
    },
  };
}
