/**
 * The funnel from a match to an agreement: an expression of interest (EOI) from one profile's
 * organization to another's, routed to the owner — or, for an anonymous profile, to an intermediary
 * (a coordinator or a manager of the owner's park) who introduces the parties; then a meeting, then
 * the outcome: an agreement, a joint project, or closed with a reason. Each step is timestamped and
 * audited, each in one transaction.
 */
import type { InterestDto } from '../../../shared/contracts/partnering';
import { areComplementary, type ProfileType } from '../../../shared/partnering';
import type { Database, Executor } from '../../db/client';
import { agreements } from '../../db/schema/index';
import type { Actor, RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { eq } from 'drizzle-orm';
import * as repo from './interests.repo';
import { canSeeIdentity, canWriteProfile, isCenter, isIntermediaryFor, type ProfileOwner } from './partnering.policy';
import { ownersOf, shownStatus } from './profile-mappers';
import { organizationsOf } from './profiles.repo';

type Sides = { from: ProfileOwner; to: ProfileOwner };

const canIntroduce = (actor: Actor, row: repo.InterestRow, sides: Sides) =>
  row.routedTo === 'intermediary' ? isIntermediaryFor(actor, sides.to) : canWriteProfile(actor, sides.to);
const canAdvance = (actor: Actor, sides: Sides) => canWriteProfile(actor, sides.from) || canWriteProfile(actor, sides.to) || isIntermediaryFor(actor, sides.to);
function canRead(actor: Actor, row: repo.InterestRow, sides: Sides) {
  if (canWriteProfile(actor, sides.from) || isIntermediaryFor(actor, sides.to)) return true;
  return canWriteProfile(actor, sides.to) && (row.routedTo === 'owner' || row.status !== 'sent');
}

export function createInterests({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => clock.now().toISOString().slice(0, 10);

  async function sidesOf(tx: Executor, rows: { fromOrganizationId: string; toOrganizationId: string }[]) {
    const ownerOf = await ownersOf(tx, rows.flatMap((r) => [{ organizationId: r.fromOrganizationId }, { organizationId: r.toOrganizationId }]));
    return (row: { fromOrganizationId: string; toOrganizationId: string }): Sides => ({ from: ownerOf(row.fromOrganizationId), to: ownerOf(row.toOrganizationId) });
  }

  async function toDtos(tx: Executor, actor: Actor, rows: repo.InterestRow[]): Promise<InterestDto[]> {
    const [profiles, organizations, sidesOfRow] = await Promise.all([
      repo.profilesByIds(tx, rows.flatMap((r) => [r.fromProfileId, r.toProfileId])),
      organizationsOf(tx, rows.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId])),
      sidesOf(tx, rows),
    ]);
    const orgRef = (id: string) => {
      const o = organizations.get(id)!;
      return { id: o.id, name: { ru: o.nameRu, en: o.nameEn, zh: o.nameZh }, country: o.country };
    };
    return rows.map((row) => {
      const sides = sidesOfRow(row);
      const from = profiles.get(row.fromProfileId)!;
      const to = profiles.get(row.toProfileId)!;
      const introduced = row.status !== 'sent';
      const seesTo = canSeeIdentity(actor, sides.to, to.anonymous) || (introduced && canWriteProfile(actor, sides.from));
      const seesFrom = canSeeIdentity(actor, sides.from, from.anonymous) || isIntermediaryFor(actor, sides.to) || (introduced && canWriteProfile(actor, sides.to));
      const ref = (p: typeof from) => ({ id: p.id, title: p.title, type: p.type as ProfileType, anonymous: p.anonymous });
      const iso = (d: Date | null) => d?.toISOString() ?? null;
      return {
        id: row.id, status: row.status as InterestDto['status'], routedTo: row.routedTo as InterestDto['routedTo'], message: row.message,
        fromProfile: ref(from), toProfile: ref(to),
        fromOrganization: seesFrom ? orgRef(row.fromOrganizationId) : null,
        toOrganization: seesTo ? orgRef(row.toOrganizationId) : null,
        introductionNote: row.introductionNote, meetingOn: row.meetingOn, meetingFormat: row.meetingFormat as InterestDto['meetingFormat'], meetingNotes: row.meetingNotes,
        agreementId: row.agreementId, projectLink: row.projectLink, closedReason: row.closedReason,
        sentAt: row.createdAt.toISOString(), introducedAt: iso(row.introducedAt), meetingRecordedAt: iso(row.meetingRecordedAt), outcomeAt: iso(row.outcomeAt),
        canIntroduce: row.status === 'sent' && canIntroduce(actor, row, sides),
        canAdvance: ['introduced', 'meeting'].includes(row.status) && canAdvance(actor, sides),
      };
    });
  }

  async function get(id: string, context: RequestContext) {
    authorize(context.actor, context.actor.kind === 'user');
    const row = await repo.findInterest(db, id);
    if (!row || !canRead(context.actor, row, (await sidesOf(db, [row]))(row))) throw notFound('partnering_interest', id);
    return (await toDtos(db, context.actor, [row]))[0]!;
  }

  /** One step of the funnel: the interest is read, checked, changed and audited in one transaction. */
  async function step(id: string, context: RequestContext, action: string, apply: (tx: Executor, row: repo.InterestRow, sides: Sides) => Promise<Partial<repo.InterestRow>>) {
    authorize(context.actor, context.actor.kind === 'user');
    await db.transaction(async (tx) => {
      const row = await repo.findInterest(tx, id);
      const sides = row ? (await sidesOf(tx, [row]))(row) : null;
      if (!row || !sides || !canRead(context.actor, row, sides)) throw notFound('partnering_interest', id);
      const values = await apply(tx, row, sides);
      await repo.updateInterest(tx, id, { ...values, updatedAt: clock.now() });
      const { createdAt: _c, updatedAt: _u, ...before } = row;
      const { createdAt: _c2, updatedAt: _u2, ...after } = (await repo.findInterest(tx, id))!;
      await recordAudit(tx, context, { action, entityType: 'partnering_interest', entityId: id, before, after });
    });
  }

  const refuse = (from: string, to: string) => new AppError('INTEREST_STEP_FORBIDDEN', { from, to });

  return {
    get,

    async list(box: 'inbox' | 'outbox' | 'intermediary', context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      const actor = context.actor;
      const scope = isCenter(actor) ? { all: box === 'intermediary', organizationIds: [], ecosystemIds: [] }
        : actor.kind === 'user' ? { all: false, organizationIds: [...actor.memberOrganizationIds, ...actor.managedEcosystemIds], ecosystemIds: actor.managedEcosystemIds }
          : { all: false, organizationIds: [], ecosystemIds: [] };
      const rows = await repo.listInterests(db, box, scope);
      return { items: await toDtos(db, actor, rows) };
    },

    async send(input: { fromProfileId: string; toProfileId: string; message: string }, context: RequestContext): Promise<string> {
      authorize(context.actor, context.actor.kind === 'user');
      return db.transaction(async (tx) => {
        const profiles = await repo.profilesByIds(tx, [input.fromProfileId, input.toProfileId]);
        const from = profiles.get(input.fromProfileId);
        const to = profiles.get(input.toProfileId);
        if (!from) throw notFound('partnering_profile', input.fromProfileId);
        if (!to) throw notFound('partnering_profile', input.toProfileId);
        const sides = (await sidesOf(tx, [{ fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId }]))({ fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId });
        authorize(context.actor, canWriteProfile(context.actor, sides.from));
        if (from.organizationId === to.organizationId) throw new AppError('INTEREST_IN_OWN_PROFILE');
        if (shownStatus(to, today()) !== 'published') throw new AppError('PROFILE_NOT_PUBLISHED', { profileId: to.id });
        if (shownStatus(from, today()) !== 'published') throw new AppError('PROFILE_NOT_PUBLISHED', { profileId: from.id });
        if (!areComplementary(from.type as ProfileType, to.type as ProfileType)) throw new AppError('NOT_COMPLEMENTARY', { types: [from.type, to.type] });
        if (await repo.findOpenInterest(tx, from.id, to.id)) throw new AppError('INTEREST_ALREADY_OPEN');
        const row = await repo.insertInterest(tx, {
          fromProfileId: from.id, toProfileId: to.id, fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId,
          message: input.message, routedTo: to.anonymous ? 'intermediary' : 'owner', status: 'sent', createdBy: context.actor.kind === 'user' ? context.actor.id : null,
        });
        const { createdAt: _c, updatedAt: _u, ...after } = row;
        await recordAudit(tx, context, { action: 'create', entityType: 'partnering_interest', entityId: row.id, before: null, after });
        return row.id;
      });
    },

    introduce: (id: string, note: string | undefined, context: RequestContext) => step(id, context, 'introduce', async (_tx, row, sides) => {
      authorize(context.actor, canIntroduce(context.actor, row, sides));
      if (row.status !== 'sent') throw refuse(row.status, 'introduced');
      return { status: 'introduced', introducedAt: clock.now(), introductionNote: note ?? null };
    }),

    meeting: (id: string, input: { on: string; format: string; notes?: string }, context: RequestContext) => step(id, context, 'meeting', async (_tx, row, sides) => {
      authorize(context.actor, canAdvance(context.actor, sides));
      if (row.status !== 'introduced' && row.status !== 'meeting') throw refuse(row.status, 'meeting');
      return { status: 'meeting', meetingOn: input.on, meetingFormat: input.format, meetingNotes: input.notes ?? null, meetingRecordedAt: clock.now() };
    }),

    outcome: (id: string, input: { outcome: 'agreement' | 'project' | 'closed'; agreementId?: string; projectLink?: string; reason?: string }, context: RequestContext) => step(id, context, 'outcome', async (tx, row, sides) => {
      authorize(context.actor, canAdvance(context.actor, sides) || canIntroduce(context.actor, row, sides));
      const open = ['sent', 'introduced', 'meeting'].includes(row.status);
      if (!open || (input.outcome !== 'closed' && row.status === 'sent')) throw refuse(row.status, input.outcome);
      if (input.outcome === 'agreement') {
        if (!input.agreementId) throw new AppError('OUTCOME_LINK_REQUIRED', { field: 'agreementId' });
        const [agreement] = await tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.id, input.agreementId));
        if (!agreement) throw new AppError('REFERENCE_NOT_FOUND', { field: 'agreementId' });
      }
      if (input.outcome === 'project' && !input.projectLink) throw new AppError('OUTCOME_LINK_REQUIRED', { field: 'projectLink' });
      if (input.outcome === 'closed' && !input.reason) throw new AppError('OUTCOME_LINK_REQUIRED', { field: 'reason' });
      return {
        status: input.outcome, outcomeAt: clock.now(),
        agreementId: input.outcome === 'agreement' ? input.agreementId! : null,
        projectLink: input.outcome === 'project' ? input.projectLink! : null,
        closedReason: input.outcome === 'closed' ? input.reason! : null,
      };
    }),
  };
}

export type Interests = ReturnType<typeof createInterests>;
