/**
 * The events feature owns official visits and delegations, forums, conferences, brokerage (B2B)
 * sessions and working meetings: their participants and agenda, their outcomes (agreements signed
 * there, follow-up tasks with owners and due dates), and brokerage sessions with one-to-one
 * meeting requests, the scheduler (brokerage-scheduler.ts, decision 025) and personal schedules.
 * Who sees and edits what is decided in events.policy.ts. Agreements are read through the
 * agreements service, so their own policy decides which outcomes a caller sees.
 */
import type { EventDetails, ListEventsQuery } from '../../../shared/contracts/events';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { AgreementsService } from '../agreements/agreements.service';
import { createBrokerage } from './brokerage';
import { requireReadableEvent } from './event-access';
import { createEventWrites } from './event-writes';
import { toEventSummary, toOrganizationRef, toParticipant } from './events-mappers';
import { canManageEvent, canSeePersons, eventReadScope } from './events.policy';
import * as repo from './events.repo';

type Dependencies = { db: Database; clock: Clock; agreements: AgreementsService };

export function createEventsService({ db, clock, agreements }: Dependencies) {
  const writes = createEventWrites({ db, clock });
  const brokerage = createBrokerage({ db, clock });

  /** The agreements the caller may read, in the order given; the others are left out unseen. */
  async function readableAgreements(ids: string[], context: RequestContext) {
    const found = await Promise.all(ids.map((id) => agreements.get(id, context).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    })));
    return found.filter((a) => a !== null);
  }

  return {
    async list(query: ListEventsQuery, context: RequestContext) {
      const { rows, total } = await repo.listEvents(db, eventReadScope(context.actor), query);
      return { items: rows.map(toEventSummary), page: query.page, pageSize: query.pageSize, total };
    },

    async get(id: string, context: RequestContext): Promise<EventDetails> {
      const side = await requireReadableEvent(db, context, id);
      const [row, participants, agenda, agreementIds, followUps, session] = await Promise.all([
        repo.findEvent(db, id), repo.listParticipants(db, id), repo.listAgenda(db, id), repo.listAgreementIds(db, id), repo.listFollowUps(db, id), repo.findSession(db, id),
      ]);
      const showPersons = canSeePersons(context.actor);
      const event = row!.event;
      return {
        ...toEventSummary(row!),
        description: { ru: event.descriptionRu, en: event.descriptionEn, zh: event.descriptionZh },
        participants: participants.map((p) => toParticipant(p, showPersons)),
        agenda: agenda.map((a) => ({ id: a.id, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), title: { ru: a.titleRu, en: a.titleEn, zh: a.titleZh } })),
        agreements: (await readableAgreements(agreementIds, context)).map((a) => ({ id: a.id, number: a.number, title: a.title, status: a.status, signedOn: a.signedOn })),
        followUps: followUps.map(({ followUp: f, owner, person }) => ({
          id: f.id, text: { ru: f.textRu, en: f.textEn, zh: f.textZh }, owner: toOrganizationRef(owner),
          ownerPerson: person && showPersons && !person.erasedAt ? { id: person.id, fullName: { ru: person.fullNameRu, en: person.fullNameEn, zh: person.fullNameZh } } : null,
          dueOn: f.dueOn, status: f.status as 'open' | 'done',
        })),
        brokerage: session ? {
          startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), slotMinutes: session.slotMinutes, tables: session.tables,
          defaultMeetingLimit: session.defaultMeetingLimit, breaks: session.breaks, scheduledAt: session.scheduledAt?.toISOString() ?? null, publishedAt: session.publishedAt?.toISOString() ?? null,
        } : null,
        canManage: canManageEvent(context.actor, side),
      };
    },

    create: writes.create,
    update: writes.update,
    remove: writes.remove,
    addParticipant: writes.addParticipant,
    updateParticipant: writes.updateParticipant,
    removeParticipant: writes.removeParticipant,
    replaceAgenda: writes.replaceAgenda,
    linkAgreements: (id: string, agreementIds: string[], context: RequestContext) =>
      writes.linkAgreements(id, agreementIds, (agreementId) => agreements.get(agreementId, context), context),
    addFollowUp: writes.addFollowUp,
    updateFollowUp: writes.updateFollowUp,

    configureBrokerage: brokerage.configure,
    brokerage: brokerage.view,
    requestMeeting: brokerage.request,
    answerMeetingRequest: brokerage.answer,
    runScheduler: brokerage.schedule,
    publishSchedule: brokerage.publish,
    personalSchedule: brokerage.personal,
    personalScheduleIcs: brokerage.personalIcs,
  };
}

export type EventsService = ReturnType<typeof createEventsService>;
