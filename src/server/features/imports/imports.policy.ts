import { hasRole, type Actor } from '../../lib/actor';

/**
 * Imports write many organizations at once: coordinators and admins anywhere; a park manager only
 * into an ecosystem they manage (their new residents). A run is seen by whoever started it, and by
 * coordinators and admins.
 */
export function canImport(actor: Actor, ecosystemId: string | undefined | null): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.roles.includes('park_manager') && Boolean(ecosystemId) && actor.managedEcosystemIds.includes(ecosystemId!);
}

export function canReadImportRun(actor: Actor, run: { userId: string }): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.id === run.userId;
}
