import { publicInfrastructureStatuses } from '../../../shared/infrastructure';
import { hasRole, type Actor } from '../../lib/actor';

/**
 * Who sees and manages which part of the infrastructure offer. Coordinators and admins: all of it.
 * Park managers: every object of their own ecosystems, occupied ones included, and the requests
 * sent to those ecosystems. Everyone else, anonymous visitors included: the public offer, that is
 * available and reserved objects; a signed-in investor also reads the requests they sent.
 */
export type InfrastructureReadScope = { all: true } | { all: false; ownEcosystemIds: string[] };

export function infrastructureReadScope(actor: Actor): InfrastructureReadScope {
  if (hasRole(actor, 'admin', 'coordinator')) return { all: true };
  return { all: false, ownEcosystemIds: actor.kind === 'user' ? actor.managedEcosystemIds : [] };
}

export function canReadObject(scope: InfrastructureReadScope, object: { ecosystemId: string; status: string }): boolean {
  if (scope.all || scope.ownEcosystemIds.includes(object.ecosystemId)) return true;
  return (publicInfrastructureStatuses as readonly string[]).includes(object.status);
}

/** Adding and editing objects, their photos and status; answering requests: the park's managers and the center. */
export function canManageInfrastructure(actor: Actor, ecosystemId: string): boolean {
  if (hasRole(actor, 'admin', 'coordinator')) return true;
  return actor.kind === 'user' && actor.managedEcosystemIds.includes(ecosystemId);
}

/** Occupancy tells what is let and what is not: the park's managers, the center and its analysts. */
export function canReadOccupancy(actor: Actor, ecosystemId: string): boolean {
  return hasRole(actor, 'analyst') || canManageInfrastructure(actor, ecosystemId);
}

export type InvestorRequestScope = { all: true } | { all: false; ecosystemIds: string[]; requesterUserId: string | null };

export function investorRequestScope(actor: Actor): InvestorRequestScope {
  if (hasRole(actor, 'admin', 'coordinator')) return { all: true };
  if (actor.kind !== 'user') return { all: false, ecosystemIds: [], requesterUserId: null };
  return { all: false, ecosystemIds: actor.managedEcosystemIds, requesterUserId: actor.id };
}
