import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { authorize, requireUser } from '../../lib/authorization';
import { notFound } from '../../lib/errors';
import { canManageEvent, canReadEvent } from './events.policy';
import { findEventSide } from './events.repo';

/** The event if the caller may read it; 404 otherwise, so that hidden events stay unknown. */
export async function requireReadableEvent(db: Executor, context: RequestContext, id: string) {
  const side = await findEventSide(db, id);
  if (!side || !canReadEvent(context.actor, side)) throw notFound('event', id);
  return side;
}

/** The event if the caller may edit it: anonymous callers are asked to sign in, readers without the right get 403. */
export async function requireManagedEvent(db: Executor, context: RequestContext, id: string) {
  requireUser(context.actor);
  const side = await requireReadableEvent(db, context, id);
  authorize(context.actor, canManageEvent(context.actor, side));
  return side;
}
