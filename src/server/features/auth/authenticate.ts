import type { FastifyRequest } from 'fastify';
import { anonymous } from '../../lib/actor';
import type { App } from '../../lib/http';
import type { DatabaseChanges } from '../../lib/database-changes';
import type { AuthService } from './auth.service';
import { sessionCookieName } from './auth.routes';

function isWrite(request: FastifyRequest): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * Sets request.actor on every request, before any handler or CSRF check runs. A write's answer
 * leaves only once this process has heard the caller changes it committed (ADR 036): a client
 * that signs out, revokes a token or takes a role away is refused on its very next request.
 */
export function registerAuthentication(app: App, auth: AuthService, changes: DatabaseChanges) {
  app.addHook('onSend', async (request) => {
    if (isWrite(request)) await changes.sync();
  });
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request) => {
    request.actor = anonymous;
    const bearer = bearerToken(request);
    request.actor = await auth.resolveActor(bearer ? { bearerToken: bearer } : { sessionToken: request.cookies[sessionCookieName] });
  });
}

/** Writes authenticated by cookie need a CSRF token; bearer-token clients are not exposed to CSRF. */
export function needsCsrfCheck(request: FastifyRequest): boolean {
  if (!isWrite(request)) return false;
  return bearerToken(request) === undefined;
}
