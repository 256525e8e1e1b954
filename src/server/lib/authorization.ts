import type { Actor, UserActor } from './actor';
import { AppError } from './errors';

/**
 * Turns a policy decision into the right error: an anonymous caller is asked to sign in (401),
 * a signed-in caller without the right is refused (403).
 */
export function authorize(actor: Actor, allowed: boolean): void {
  if (allowed) return;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return actor;
}
