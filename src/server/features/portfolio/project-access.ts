import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import { notFound } from '../../lib/errors';
import { canReadProject } from './portfolio.policy';
import { findProject, sideOf } from './portfolio.repo';

/** The project if the caller may read it: anonymous callers are asked to sign in, others who may not see it get 404. */
export async function requireReadableProject(db: Executor, context: RequestContext, id: string) {
  authorize(context.actor, context.actor.kind === 'user');
  const row = await findProject(db, id);
  if (!row) throw notFound('project', id);
  const side = await sideOf(db, row.project);
  if (!canReadProject(context.actor, side)) throw notFound('project', id);
  return { project: row.project, health: row.health, side };
}
