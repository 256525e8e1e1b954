import { hasRole, type Actor } from '../../lib/actor';

/**
 * Who reads and writes the portfolio. The project management center (coordinators, admins) and
 * analysts read everything; park managers read the projects of their ecosystems, members those
 * their organization takes part in or that they manage or curate. Writes: the center everywhere,
 * park managers in the projects of their ecosystems, a project's manager in their own project
 * while they are a member of a participating organization. Stage gates, report reviews and change
 * decisions belong to the project's curator and to the center.
 */
export type ProjectReadScope = { all: true } | { all: false; ecosystemIds: string[]; organizationIds: string[]; userId: string | null };

export function projectReadScope(actor: Actor): ProjectReadScope {
  if (hasRole(actor, 'admin', 'coordinator', 'analyst')) return { all: true };
  if (actor.kind !== 'user') return { all: false, ecosystemIds: [], organizationIds: [], userId: null };
  return { all: false, ecosystemIds: actor.managedEcosystemIds, organizationIds: actor.memberOrganizationIds, userId: actor.id };
}

/** What the rules need to know of a project. */
export type ProjectSide = { ecosystemIds: string[]; participantOrganizationIds: string[]; managerUserId: string | null; curatorUserId: string | null };

export const isCenter = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');

export function canReadProject(actor: Actor, side: ProjectSide): boolean {
  const scope = projectReadScope(actor);
  if (scope.all) return true;
  return side.ecosystemIds.some((id) => scope.ecosystemIds.includes(id))
    || side.participantOrganizationIds.some((id) => scope.organizationIds.includes(id))
    || (scope.userId !== null && (side.managerUserId === scope.userId || side.curatorUserId === scope.userId));
}

/** The project's manager acts for it while a member of one of its participating organizations. */
export function isProjectManager(actor: Actor, side: ProjectSide): boolean {
  return actor.kind === 'user' && side.managerUserId === actor.id
    && side.participantOrganizationIds.some((id) => actor.memberOrganizationIds.includes(id));
}

export function canEditProject(actor: Actor, side: ProjectSide): boolean {
  if (isCenter(actor)) return true;
  if (actor.kind !== 'user') return false;
  return side.ecosystemIds.some((id) => actor.managedEcosystemIds.includes(id)) || isProjectManager(actor, side);
}

/** Registering a project: the center, or a park manager for a project of their own ecosystems only. */
export function canCreateProject(actor: Actor, ecosystemIds: string[]): boolean {
  if (isCenter(actor)) return true;
  return actor.kind === 'user' && hasRole(actor, 'park_manager') && ecosystemIds.length > 0
    && ecosystemIds.every((id) => actor.managedEcosystemIds.includes(id));
}

/** Stage gates, report reviews, change decisions: the curator and the center. */
export function canGovernProject(actor: Actor, side: ProjectSide): boolean {
  return isCenter(actor) || (actor.kind === 'user' && side.curatorUserId === actor.id);
}

/** Handing the curatorship over: the center, or the curator passing it on. A manager may not pick their own supervisor. */
export const canChangeCurator = canGovernProject;

/**
 * Linking a project to ecosystems or unlinking it: a park's managers see its projects, so outside the
 * center an editor adds or removes only ecosystems they manage themselves.
 */
export function canRelinkEcosystems(actor: Actor, before: string[], after: string[]): boolean {
  if (isCenter(actor)) return true;
  const changed = [...after.filter((id) => !before.includes(id)), ...before.filter((id) => !after.includes(id))];
  return changed.length === 0 || (actor.kind === 'user' && changed.every((id) => actor.managedEcosystemIds.includes(id)));
}

export const canManagePortfolios = isCenter;
