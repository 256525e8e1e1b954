import { hasRole, type Actor } from '../../lib/actor';

export type UsersAction = 'list' | 'read' | 'create' | 'update' | 'resetPassword';

/** Only the platform operator manages users and roles. */
export function canUsers(actor: Actor, _action: UsersAction): boolean {
  return hasRole(actor, 'admin');
}
