import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import { notFound } from '../../lib/errors';
import { agreementReadScope, canReadAgreementDetails } from './agreements.policy';
import { findAgreement } from './agreements.repo';

/** The agreement if the caller may read its details: anonymous callers are asked to sign in, others who may not see it get 404. */
export async function requireReadableAgreement(db: Executor, context: RequestContext, id: string) {
  authorize(context.actor, canReadAgreementDetails(context.actor));
  const row = await findAgreement(db, agreementReadScope(context.actor), id);
  if (!row) throw notFound('agreement', id);
  return row;
}
