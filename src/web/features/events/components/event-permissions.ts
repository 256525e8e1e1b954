import type { CurrentUser } from '../../../../shared/contracts/auth';

/**
 * What the interface offers, mirroring events.policy on the server (which still decides): the
 * center creates any event; a park manager creates events their own ecosystems organize.
 */
export function isCenter(user: CurrentUser | null | undefined): boolean {
  return !!user && user.roles.some((r) => r.role === 'admin' || r.role === 'coordinator');
}

/** The ecosystems a park manager manages: the organizers they may choose. */
export function managedEcosystemIds(user: CurrentUser | null | undefined): string[] {
  return (user?.roles ?? []).filter((r) => r.role === 'park_manager' && r.scopeOrganizationId).map((r) => r.scopeOrganizationId!);
}

export function canCreateEvents(user: CurrentUser | null | undefined): boolean {
  return isCenter(user) || managedEcosystemIds(user).length > 0;
}
