import { hasRole, type Actor } from '../../lib/actor';

/**
 * Who sees and edits which events. The project management center (coordinators, admins): every
 * event. Park managers: events their ecosystem organizes or takes part in — they read and edit
 * those. Members: events their organization takes part in (or organizes). Everyone, anonymous
 * visitors included: public events. Inside a brokerage session, the people of a participant
 * (its members, the managers of it when it is an ecosystem) request and answer its meetings.
 */
export type EventSide = { organizerId: string; participantOrganizationIds: string[]; isPublic: boolean };

/** Organizations the caller speaks for: their own, and the ecosystems they manage. */
export function organizationsOf(actor: Actor): string[] {
  return actor.kind === 'user' ? [...actor.memberOrganizationIds, ...actor.managedEcosystemIds] : [];
}

export type EventReadScope = { all: true } | { all: false; organizationIds: string[] };

export function eventReadScope(actor: Actor): EventReadScope {
  if (hasRole(actor, 'admin', 'coordinator')) return { all: true };
  return { all: false, organizationIds: organizationsOf(actor) };
}

const involves = (organizationIds: string[], side: EventSide) =>
  organizationIds.includes(side.organizerId) || side.participantOrganizationIds.some((id) => organizationIds.includes(id));

export function canReadEvent(actor: Actor, side: EventSide): boolean {
  return hasRole(actor, 'admin', 'coordinator') || side.isPublic || involves(organizationsOf(actor), side);
}

export function canManageEvent(actor: Actor, side: EventSide): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.roles.includes('park_manager') && involves(actor.managedEcosystemIds, side);
}

/** Creating an event: the center, or a park manager for an event their own ecosystem organizes. */
export function canCreateEvent(actor: Actor, organizerId: string): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.roles.includes('park_manager') && actor.managedEcosystemIds.includes(organizerId);
}

/** Acting for a brokerage participant: requesting and answering its meetings, reading its schedule. */
export function actsForParticipant(actor: Actor, participantOrganizationId: string): boolean {
  return organizationsOf(actor).includes(participantOrganizationId);
}

/** Persons' names are personal data: signed-in readers only. */
export const canSeePersons = (actor: Actor) => actor.kind === 'user';
