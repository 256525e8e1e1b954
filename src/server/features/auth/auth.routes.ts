import { z } from 'zod';
import {
  apiTokenList,
  changePasswordInput,
  createApiTokenInput,
  createdApiToken,
  csrfResponse,
  currentUser,
  loginInput,
  meResponse,
  updatePreferencesInput,
} from '../../../shared/contracts/auth';
import { idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { AuthService } from './auth.service';

export const sessionCookieName = 'nb_session';

type Options = { auth: AuthService; cookieSecure: boolean; loginAttemptsPerMinute: number };

export function registerAuthRoutes(app: App, { auth, cookieSecure, loginAttemptsPerMinute }: Options) {
  const tags = ['auth'];

  app.get('/api/auth/csrf', {
    schema: { tags, summary: 'Get a CSRF token to send as x-csrf-token with cookie-authenticated writes', operationId: 'getCsrfToken', security: signedInOrAnonymous, response: { 200: csrfResponse, ...errorResponses } },
  }, async (request, reply) => ({ token: reply.generateCsrf() }));

  app.post('/api/auth/login', {
    schema: { tags, summary: 'Sign in with email and password', operationId: 'login', security: signedInOrAnonymous, body: loginInput, response: { 200: currentUser, ...errorResponses } },
    config: { rateLimit: { max: loginAttemptsPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const result = await auth.login(request.body.email, request.body.password, contextOf(request), request.ip);
    reply.setCookie(sessionCookieName, result.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure || request.protocol === 'https',
      expires: result.expiresAt,
    });
    return result.user;
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out and end the session', operationId: 'logout', security: signedInOrAnonymous, response: { 204: z.null().describe('Signed out'), ...errorResponses } },
  }, async (request, reply) => {
    await auth.logout(contextOf(request));
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    schema: { tags, summary: 'The signed-in user, or null', operationId: 'getMe', security: signedInOrAnonymous, response: { 200: meResponse, ...errorResponses } },
  }, async (request) => ({ user: await auth.getCurrentUser(request.actor) }));

  app.post('/api/auth/password', {
    schema: { tags, summary: 'Change the own password', operationId: 'changePassword', security: signedIn, body: changePasswordInput, response: { 204: z.null().describe('Changed'), ...errorResponses } },
  }, async (request, reply) => {
    await auth.changePassword(request.body.currentPassword, request.body.newPassword, contextOf(request));
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.status(204).send(null);
  });

  app.patch('/api/auth/preferences', {
    schema: { tags, summary: 'Change the own interface language', operationId: 'updatePreferences', security: signedIn, body: updatePreferencesInput, response: { 200: currentUser, ...errorResponses } },
  }, async (request) => auth.updateLanguage(request.body.language, contextOf(request)));

  app.get('/api/auth/tokens', {
    schema: { tags, summary: 'List the own API tokens', operationId: 'listApiTokens', security: signedIn, response: { 200: apiTokenList, ...errorResponses } },
  }, async (request) => ({ items: await auth.listApiTokens(contextOf(request)) }));

  app.post('/api/auth/tokens', {
    schema: { tags, summary: 'Create an API token; the token is shown once', operationId: 'createApiToken', security: signedIn, body: createApiTokenInput, response: { 201: createdApiToken, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await auth.createApiToken(request.body.name, contextOf(request))));

  app.delete('/api/auth/tokens/:id', {
    schema: { tags, summary: 'Revoke an own API token', operationId: 'revokeApiToken', security: signedIn, params: idParams, response: { 204: z.null().describe('Revoked'), ...errorResponses } },
  }, async (request, reply) => {
    await auth.revokeApiToken(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });
}
