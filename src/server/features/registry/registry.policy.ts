import type { Visibility } from '../../../shared/domain';
import { hasRole, type Actor } from '../../lib/actor';

/**
 * Which organizations a caller may read. Public ones: anyone. Network ones: any signed-in user.
 * Private ones: coordinators and admins, the organization's own members, and the managers of
 * the ecosystems it belongs to.
 */
export type OrganizationReadScope =
  | { all: true }
  | { all: false; visibilities: Visibility[]; organizationIds: string[]; ecosystemIds: string[] };

export function organizationReadScope(actor: Actor): OrganizationReadScope {
  if (hasRole(actor, 'admin', 'coordinator')) return { all: true };
  if (actor.kind === 'anonymous') return { all: false, visibilities: ['public'], organizationIds: [], ecosystemIds: [] };
  return {
    all: false,
    visibilities: ['public', 'network'],
    organizationIds: [...actor.memberOrganizationIds, ...actor.managedEcosystemIds],
    ecosystemIds: actor.managedEcosystemIds,
  };
}

/** Headcount, revenue and exports: the organization's members, its parks' managers, coordinators, admins. */
export function canReadPrivateFigures(actor: Actor, organizationId: string, ecosystemIdsOfOrganization: string[]): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  if (actor.kind !== 'user') return false;
  if (actor.memberOrganizationIds.includes(organizationId)) return true;
  if (actor.managedEcosystemIds.includes(organizationId)) return true;
  return ecosystemIdsOfOrganization.some((id) => actor.managedEcosystemIds.includes(id));
}

export type OrganizationWriteAction = 'create' | 'update' | 'merge';

/**
 * Who writes organizations: coordinators and admins any; park managers create organizations
 * (new residents) and edit their ecosystems' members; members edit their own organization.
 * Merging duplicates rewires other people's links, so only coordinators and admins merge.
 */
export function canWriteOrganization(actor: Actor, action: OrganizationWriteAction, target?: { id: string; ecosystemIds: string[] }): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  if (actor.kind !== 'user' || action === 'merge') return false;
  if (action === 'create') return actor.roles.includes('park_manager');
  if (!target) return false;
  if (actor.memberOrganizationIds.includes(target.id) || actor.managedEcosystemIds.includes(target.id)) return true;
  return target.ecosystemIds.some((id) => actor.managedEcosystemIds.includes(id));
}
