import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { createMembershipInput, ecosystemDetail, exportMembersQuery, ecosystemList, listMembersQuery, memberPage, membership, updateMembershipInput } from '../../../shared/contracts/ecosystems';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { EcosystemsService } from './ecosystems.service';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerEcosystemsRoutes(app: App, { ecosystems }: { ecosystems: EcosystemsService }) {
  const tags = ['ecosystems'];
  const conflict = { 409: errorResponses[400] };

  app.get('/api/ecosystems', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'Ecosystems (parks, clusters) with their resident counts', operationId: 'listEcosystems', response: { 200: ecosystemList, ...errorResponses } },
  }, async (request) => ecosystems.list(contextOf(request)));

  app.get('/api/ecosystems/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'An ecosystem with the figures of its register', operationId: 'getEcosystem', params: idParams, response: { 200: ecosystemDetail, ...errorResponses } },
  }, async (request) => ecosystems.get(request.params.id, contextOf(request)));

  app.get('/api/ecosystems/:id/members', {
    config: rememberAnswer,
    schema: {
      tags, security: signedInOrAnonymous, summary: 'Register entries of an ecosystem; private figures only for those allowed', operationId: 'listEcosystemMembers',
      params: idParams, querystring: listMembersQuery, response: { 200: memberPage, ...errorResponses },
    },
  }, async (request) => ecosystems.listMembers(request.params.id, request.query, contextOf(request)));

  app.get('/api/ecosystems/:id/members/export', {
    schema: {
      tags, security: signedInOrAnonymous, operationId: 'exportEcosystemMembers',
      summary: 'The filtered register as a CSV or XLSX file; private figures only where the caller may see them',
      params: idParams, querystring: exportMembersQuery,
      // A file, not JSON: Fastify sends buffers as they are, without the serializer.
      response: { 200: z.any().describe('The CSV or XLSX file'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, ...filter } = request.query;
    const file = await ecosystems.exportMembers(request.params.id, filter, format, contextOf(request));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.content);
  });

  app.post('/api/ecosystems/:id/memberships', {
    schema: {
      tags, security: signedIn, summary: 'Add an organization to an ecosystem\'s register (its managers, coordinators)', operationId: 'createMembership',
      params: idParams, body: createMembershipInput, response: { 201: membership, ...conflict, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await ecosystems.createMembership(request.params.id, request.body, contextOf(request))));

  app.patch('/api/memberships/:id', {
    schema: {
      tags, security: signedIn, summary: 'Change a membership: status, dates, registration number, resident type', operationId: 'updateMembership',
      params: idParams, body: updateMembershipInput, response: { 200: membership, ...conflict, ...errorResponses },
    },
  }, async (request) => ecosystems.updateMembership(request.params.id, request.body, contextOf(request)));

  app.delete('/api/memberships/:id', {
    schema: {
      tags, security: signedIn, summary: 'Delete a membership entered by mistake (an ended one is set to former instead)', operationId: 'deleteMembership',
      params: idParams, response: { 204: z.null().describe('Deleted'), ...errorResponses },
    },
  }, async (request, reply) => {
    await ecosystems.deleteMembership(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });
}
