import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../shared/contracts/common';
import type { RequestContext } from './actor';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: request.id };
}

/** The error responses every operation documents; the body is always the error contract. */
export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  429: errorResponse,
} as const;

/** Security requirement of operations that accept a session cookie or a bearer token. */
type SecurityRequirement = Record<string, string[]>;
export const signedIn: SecurityRequirement[] = [{ session: [] }, { bearer: [] }];
/** Operations also open to anonymous callers. */
export const signedInOrAnonymous: SecurityRequirement[] = [{ session: [] }, { bearer: [] }, {}];
