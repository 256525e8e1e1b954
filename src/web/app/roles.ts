import type { CurrentUser } from '../../shared/contracts/auth';
import type { Role } from '../../shared/roles';

export function hasAnyRole(user: CurrentUser | null | undefined, allowed: readonly Role[]): boolean {
  return !!user && user.roles.some((assignment) => allowed.includes(assignment.role));
}
