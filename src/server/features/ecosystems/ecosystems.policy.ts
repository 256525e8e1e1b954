import { hasRole, type Actor } from '../../lib/actor';

// Which ecosystems and members a caller may read is the registry's decision (an ecosystem is an
// organization): re-exported here so the whole feature asks one module.
export { canReadPrivateFigures, organizationReadScope, type OrganizationReadScope } from '../registry/registry.policy';

export type MembershipAction = 'create' | 'update' | 'delete';

/**
 * An ecosystem's register is kept by the project management center (admin, coordinator) and by
 * the ecosystem's own managers; a park manager never writes another park's register.
 */
export function canManageMemberships(actor: Actor, ecosystemId: string, _action?: MembershipAction): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.roles.includes('park_manager') && actor.managedEcosystemIds.includes(ecosystemId);
}
