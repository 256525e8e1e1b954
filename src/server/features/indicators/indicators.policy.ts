import { hasRole, type Actor } from '../../lib/actor';
import { canReadPrivateFigures } from '../registry/registry.policy';

/**
 * Who may do what with indicators. Regional strategic targets are public; every other indicator
 * needs a signed-in user. Aggregates are read by every signed-in user; the figures an organization
 * reports about itself (jobs, revenue, exports) are its private figures and follow the registry's
 * rule for those. The project management center (admin, coordinator) defines indicators, runs
 * reporting campaigns and confirms figures (park managers confirm their members'); a member reports its own organization's figures for the
 * indicators it owns or owes in an open campaign.
 */
export function readableIndicatorLevels(actor: Actor): string[] | 'all' {
  return actor.kind === 'anonymous' ? ['regional'] : 'all';
}

export function canManageIndicators(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'coordinator');
}

export const canManageCampaigns = canManageIndicators;

/** Whether the actor confirms figures at all: the center, and park managers for their parks' members. */
export function canConfirmSomeActuals(actor: Actor): boolean {
  return canManageIndicators(actor) || hasRole(actor, 'park_manager');
}

/**
 * Who confirms a figure: the center any; a park manager an organization's own figures when the
 * organization is a current member of a park they manage (its supervisor in the reporting chain).
 */
export function canConfirmActual(actor: Actor, organizationId: string | null, ecosystemIdsOfOrganization: string[]): boolean {
  if (canManageIndicators(actor)) return true;
  if (actor.kind !== 'user' || organizationId === null || !actor.roles.includes('park_manager')) return false;
  return ecosystemIdsOfOrganization.some((id) => actor.managedEcosystemIds.includes(id));
}

/** Campaign figures (who owes what, completion) are the center's working data; analysts read them too. */
export function canReadCampaigns(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'coordinator', 'analyst');
}

/** An organization's own figures: its members, its parks' managers, coordinators and admins. */
export function canSeeOrganizationFigures(actor: Actor, organizationId: string, ecosystemIdsOfOrganization: string[]): boolean {
  return canReadPrivateFigures(actor, organizationId, ecosystemIdsOfOrganization);
}

/**
 * Whether the actor may enter a figure for the organization (null: the indicator's own figure).
 * `owedBy` are the organizations that owe the indicator in an open campaign.
 */
export function canReportFor(actor: Actor, indicator: { ownerOrganizationId: string | null }, organizationId: string | null, owedBy: string[]): boolean {
  if (canManageIndicators(actor)) return true;
  if (actor.kind !== 'user' || !actor.roles.includes('member') || organizationId === null) return false;
  if (!actor.memberOrganizationIds.includes(organizationId)) return false;
  return indicator.ownerOrganizationId === organizationId || owedBy.includes(organizationId);
}
