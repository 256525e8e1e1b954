import type { FastifyRequest } from 'fastify';
import { anonymous } from '../../lib/actor';
import type { App } from '../../lib/http';
import type { AuthService } from './auth.service';
import { sessionCookieName } from './auth.routes';

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/** Sets request.actor on every request, before any handler or CSRF check runs. */
export function registerAuthentication(app: App, auth: AuthService) {
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request) => {
    request.actor = anonymous;
    const bearer = bearerToken(request);
    request.actor = await auth.resolveActor(bearer ? { bearerToken: bearer } : { sessionToken: request.cookies[sessionCookieName] });
  });
}

/** Writes authenticated by cookie need a CSRF token; bearer-token clients are not exposed to CSRF. */
export function needsCsrfCheck(request: FastifyRequest): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
  return bearerToken(request) === undefined;
}
