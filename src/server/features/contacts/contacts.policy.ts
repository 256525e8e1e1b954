import type { Actor } from '../../lib/actor';
import { hasRole } from '../../lib/actor';

/**
 * Who sees what of a contact (personal data under 152-FZ). The organization itself must first be
 * readable to the caller (the registry decides that); then:
 *
 * - admins, coordinators, the organization's own members and the managers of the ecosystems it is
 *   a current resident or applicant of ("managers"): every contact, with all personal fields and
 *   the consent records; erased contacts appear as tombstones to admins and coordinators only,
 *   who answer for the erasure.
 * - other signed-in users (the network): a contact with a live consent to processing by name and
 *   position only — the consent's purpose is cooperation inside the network; email, phone and
 *   languages only with a live consent to dissemination as well.
 * - anonymous callers: only contacts with a live consent to dissemination, never the consents.
 *
 * A former resident's park no longer manages its contacts: personal data follows the current
 * relationship, stricter than the private figures of the registry.
 */
export type ContactDisclosure = 'full' | 'published' | 'name_only' | 'tombstone' | 'hidden';

export type OrganizationForContacts = { id: string; currentEcosystemIds: string[] };
export type ContactConsentState = { erased: boolean; processing: boolean; dissemination: boolean };

export function canManageContacts(actor: Actor, organization: OrganizationForContacts): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  if (actor.kind !== 'user') return false;
  if (actor.roles.includes('member') && actor.memberOrganizationIds.includes(organization.id)) return true;
  if (!actor.roles.includes('park_manager')) return false;
  return actor.managedEcosystemIds.includes(organization.id) || organization.currentEcosystemIds.some((id) => actor.managedEcosystemIds.includes(id));
}

export function contactDisclosure(actor: Actor, organization: OrganizationForContacts, contact: ContactConsentState): ContactDisclosure {
  if (contact.erased) return hasRole(actor, 'admin', 'coordinator') ? 'tombstone' : 'hidden';
  if (canManageContacts(actor, organization)) return 'full';
  if (contact.dissemination && contact.processing) return 'published';
  if (actor.kind === 'user' && contact.processing) return 'name_only';
  return 'hidden';
}
