import { hasRole, type Actor } from '../../lib/actor';

/** The full audit trail is for the operator and the project management center. */
export function canReadAudit(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'coordinator');
}
