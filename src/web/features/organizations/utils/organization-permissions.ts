import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { Role } from '../../../../shared/roles';

/**
 * Which organization controls to show. It mirrors the server's policy (registry.policy.ts) only
 * to spare people buttons that would answer "forbidden": the server decides every write.
 */

const has = (user: CurrentUser | null | undefined, ...roles: Role[]) => !!user && user.roles.some((row) => roles.includes(row.role));

const scopesOf = (user: CurrentUser | null | undefined, role: Role) =>
  (user?.roles ?? []).filter((row) => row.role === role && row.scopeOrganizationId).map((row) => row.scopeOrganizationId);

export const canCreateOrganization = (user: CurrentUser | null | undefined) => has(user, 'admin', 'coordinator', 'park_manager');

export const canMergeOrganizations = (user: CurrentUser | null | undefined) => has(user, 'admin', 'coordinator');

/** Coordinators and admins any; members their own; park managers their park and its members. */
export function canEditOrganization(user: CurrentUser | null | undefined, organization: { id: string; memberships: { ecosystemId: string }[] }): boolean {
  if (has(user, 'admin', 'coordinator')) return true;
  if (scopesOf(user, 'member').includes(organization.id)) return true;
  const managed = scopesOf(user, 'park_manager');
  return managed.includes(organization.id) || organization.memberships.some((membership) => managed.includes(membership.ecosystemId));
}
