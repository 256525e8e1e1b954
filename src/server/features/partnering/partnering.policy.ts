import { hasRole, type Actor } from '../../lib/actor';

/**
 * Who may do what with partnering profiles. The owner's side is the organization's members, its
 * own managers (when it is an ecosystem) and the managers of the parks it is resident of; they write
 * the profile. Intermediaries are the project management center (coordinators, admins) and the
 * managers of the owner's parks: they review, they know who stands behind an anonymous profile,
 * and they receive the expressions of interest addressed to it.
 */
export type ProfileOwner = { organizationId: string; ecosystemIds: string[] };

export const isCenter = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');

export function actsForOwner(actor: Actor, owner: ProfileOwner): boolean {
  if (actor.kind !== 'user') return false;
  return actor.memberOrganizationIds.includes(owner.organizationId)
    || actor.managedEcosystemIds.includes(owner.organizationId)
    || owner.ecosystemIds.some((id) => actor.managedEcosystemIds.includes(id));
}

/** Members of the organization itself, as opposed to its parks' managers. */
export const isMemberOfOwner = (actor: Actor, owner: ProfileOwner) => actor.kind === 'user' && actor.memberOrganizationIds.includes(owner.organizationId);

export function isIntermediaryFor(actor: Actor, owner: ProfileOwner): boolean {
  if (isCenter(actor)) return true;
  return actor.kind === 'user' && hasRole(actor, 'park_manager') && owner.ecosystemIds.some((id) => actor.managedEcosystemIds.includes(id));
}

/** Writing a profile (creating, editing, submitting, withdrawing, renewing): its side or the center. */
export const canWriteProfile = (actor: Actor, owner: ProfileOwner) => isCenter(actor) || actsForOwner(actor, owner);

/** Published and expired profiles are public; the others are read by those who write them. */
export const publicStatuses = ['published', 'expired'] as const;
export const canReadProfile = (actor: Actor, owner: ProfileOwner, status: string) =>
  (publicStatuses as readonly string[]).includes(status) || canWriteProfile(actor, owner);

/** Who is behind an anonymous profile: the owner's side and the intermediaries, nobody else. */
export const canSeeIdentity = (actor: Actor, owner: ProfileOwner, anonymous: boolean) => !anonymous || canWriteProfile(actor, owner) || isIntermediaryFor(actor, owner);

/** Quality review: the center or a manager of the owner's park, never one of the organization's own members. */
export const canReviewProfile = (actor: Actor, owner: ProfileOwner) => isIntermediaryFor(actor, owner) && !isMemberOfOwner(actor, owner);

export const canSeeReviewQueue = (actor: Actor) => isCenter(actor) || hasRole(actor, 'park_manager');

export const canChangeReviewThresholds = (actor: Actor) => isCenter(actor);

/**
 * Curating the glossary (adding and removing terms): the center, as with the review thresholds —
 * coordinators broker and review partnering, so they also keep its vocabulary.
 */
export const canCurateGlossary = (actor: Actor) => isCenter(actor);
