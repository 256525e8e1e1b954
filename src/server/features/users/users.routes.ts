import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { createUserInput, listUsersQuery, resetPasswordInput, updateUserInput, user, userPage } from '../../../shared/contracts/users';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { UsersService } from './users.service';

export function registerUsersRoutes(app: App, { users }: { users: UsersService }) {
  const tags = ['users'];
  const security = signedIn;

  app.get('/api/users', {
    schema: { tags, security, summary: 'List users (admin)', operationId: 'listUsers', querystring: listUsersQuery, response: { 200: userPage, ...errorResponses } },
  }, async (request) => {
    const { active, ...rest } = request.query;
    return users.list({ ...rest, ...(active ? { active: active === 'true' } : {}) }, contextOf(request));
  });

  app.post('/api/users', {
    schema: { tags, security, summary: 'Create a user with roles (admin)', operationId: 'createUser', body: createUserInput, response: { 201: user, 409: errorResponses[400], ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await users.create(request.body, contextOf(request))));

  app.get('/api/users/:id', {
    schema: { tags, security, summary: 'Get a user (admin)', operationId: 'getUser', params: idParams, response: { 200: user, ...errorResponses } },
  }, async (request) => users.get(request.params.id, contextOf(request)));

  app.patch('/api/users/:id', {
    schema: { tags, security, summary: 'Update a user, their roles, or deactivate them (admin)', operationId: 'updateUser', params: idParams, body: updateUserInput, response: { 200: user, ...errorResponses } },
  }, async (request) => users.update(request.params.id, request.body, contextOf(request)));

  app.post('/api/users/:id/password', {
    schema: { tags, security, summary: 'Set a new password for a user (admin)', operationId: 'resetUserPassword', params: idParams, body: resetPasswordInput, response: { 204: z.null().describe('Reset'), ...errorResponses } },
  }, async (request, reply) => {
    await users.resetPassword(request.params.id, request.body.newPassword, contextOf(request));
    return reply.status(204).send(null);
  });
}
