import { hasRole, type Actor } from '../../lib/actor';

/**
 * Reading press releases into agreement drafts and accepting them: the project management center
 * (coordinators) and admins, the same people who register agreements.
 */
export const canReadPressReleases = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');
