import type { EventParticipant, EventSummary, OrganizationRef } from '../../../shared/contracts/events';
import type { EventRow, OrganizationRow, ParticipantRow } from './events.repo';

export const toOrganizationRef = (row: OrganizationRow): OrganizationRef => ({
  id: row.id,
  name: { ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
  shortName: { ru: row.shortNameRu, en: row.shortNameEn, zh: row.shortNameZh },
});

export const toEventSummary = ({ event, organizer }: { event: EventRow; organizer: OrganizationRow }): EventSummary => ({
  id: event.id,
  kind: event.kind as EventSummary['kind'],
  title: { ru: event.titleRu, en: event.titleEn, zh: event.titleZh },
  place: { ru: event.placeRu, en: event.placeEn, zh: event.placeZh },
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
  organizer: toOrganizationRef(organizer),
  isPublic: event.isPublic,
});

export function toParticipant({ participant, organization, person }: ParticipantRow, showPersons: boolean): EventParticipant {
  return {
    id: participant.id,
    organization: toOrganizationRef(organization),
    person: person && showPersons && !person.erasedAt
      ? { id: person.id, fullName: { ru: person.fullNameRu, en: person.fullNameEn, zh: person.fullNameZh }, position: { ru: person.positionRu, en: person.positionEn, zh: person.positionZh } }
      : null,
    role: participant.role as EventParticipant['role'],
    brokerage: participant.brokerage,
    meetingLimit: participant.meetingLimit,
    availability: participant.availability,
  };
}
