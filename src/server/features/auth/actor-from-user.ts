import type { Role } from '../../../shared/roles';
import { isLanguage } from '../../../shared/languages';
import type { UserActor } from '../../lib/actor';
import type { ScopedRole, UserRow } from './auth.repo';

/** Builds the actor the policies reason about from a user and their role rows. */
export function actorFromUser(user: UserRow, roleRows: ScopedRole[], via: UserActor['via'], sessionId?: string): UserActor {
  const scopesOf = (role: Role) =>
    roleRows.filter((r) => r.role === role && r.scopeOrganizationId).map((r) => r.scopeOrganizationId as string);
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    language: isLanguage(user.language) ? user.language : 'ru',
    roles: [...new Set(roleRows.map((r) => r.role as Role))],
    memberOrganizationIds: scopesOf('member'),
    managedEcosystemIds: scopesOf('park_manager'),
    via,
    ...(sessionId ? { sessionId } : {}),
  };
}
