import { z } from 'zod';
import { auditPage } from '../../../shared/contracts/audit';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import { createOrganizationInput, duplicateCandidate, mergeOrganizationsInput, organizationNameInput, updateOrganizationInput } from '../../../shared/contracts/organization-input';
import { directionList, listOrganizationsQuery, organization, organizationPage } from '../../../shared/contracts/registry';
import { compiledSuccessSerializer } from '../../lib/compiled-serializer';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { RegistryService } from './registry.service';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerRegistryRoutes(app: App, { registry }: { registry: RegistryService }) {
  const security = signedInOrAnonymous;

  app.get('/api/directions', {
    config: rememberAnswer,
    schema: { tags: ['registry'], security, summary: 'The direction taxonomy in ru/en/zh', operationId: 'listDirections', response: { 200: directionList, ...errorResponses } },
  }, async () => registry.listDirections());

  // Not remembered here: its pages follow the registry generation read in the database (ADR 043).
  app.get('/api/organizations', {
    schema: { tags: ['registry'], security, summary: 'List the organizations the caller may see', operationId: 'listOrganizations', querystring: listOrganizationsQuery, response: { 200: organizationPage, ...errorResponses } },
    // The busiest answer of the registry: written by a serializer compiled from its contract.
    serializerCompiler: compiledSuccessSerializer,
  }, async (request) => registry.listOrganizations(request.query, contextOf(request)));

  app.get('/api/organizations/export', {
    schema: {
      tags: ['registry'], security: signedIn, operationId: 'exportOrganizations',
      summary: 'The filtered list as a CSV or XLSX file (the columns an import reads); private figures only where the caller may see them',
      querystring: listOrganizationsQuery.omit({ page: true, pageSize: true, after: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      // A file, not JSON: Fastify sends buffers as they are, without the serializer.
      response: { 200: z.any().describe('The CSV or XLSX file'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, ...filter } = request.query;
    const file = await registry.exportOrganizations(filter, format, contextOf(request));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(file.content);
  });

  app.get('/api/organizations/:id', {
    config: rememberAnswer,
    schema: { tags: ['registry'], security, summary: 'An organization; private figures only for those allowed', operationId: 'getOrganization', params: idParams, response: { 200: organization, ...errorResponses } },
  }, async (request) => registry.getOrganization(request.params.id, contextOf(request)));

  app.post('/api/organizations', {
    schema: { tags: ['registry'], security: signedIn, summary: 'Create an organization; likely duplicates are refused until confirmed', operationId: 'createOrganization', body: createOrganizationInput, response: { 201: organization, 409: errorResponse, ...errorResponses } },
  }, async (request, reply) => {
    const id = await registry.createOrganization(request.body, contextOf(request));
    return reply.status(201).send(await registry.getOrganization(id, contextOf(request)));
  });

  app.patch('/api/organizations/:id', {
    schema: { tags: ['registry'], security: signedIn, summary: 'Edit an organization', operationId: 'updateOrganization', params: idParams, body: updateOrganizationInput, response: { 200: organization, 409: errorResponse, ...errorResponses } },
  }, async (request) => {
    await registry.updateOrganization(request.params.id, request.body, contextOf(request));
    return registry.getOrganization(request.params.id, contextOf(request));
  });

  app.post('/api/organizations/:id/merge', {
    schema: { tags: ['registry'], security: signedIn, summary: 'Merge this organization into another: links move, this one is deleted', operationId: 'mergeOrganization', params: idParams, body: mergeOrganizationsInput, response: { 200: organization, ...errorResponses } },
  }, async (request) => {
    await registry.mergeOrganizations(request.params.id, request.body.intoId, contextOf(request));
    return registry.getOrganization(request.body.intoId, contextOf(request));
  });

  app.post('/api/organizations/duplicates', {
    schema: { tags: ['registry'], security: signedIn, summary: 'Organizations whose names are close to the given one, across scripts', operationId: 'findDuplicateOrganizations', body: z.object({ name: organizationNameInput }).strict(), response: { 200: z.object({ candidates: z.array(duplicateCandidate) }), ...errorResponses } },
  }, async (request) => registry.checkDuplicates(request.body.name, contextOf(request)));

  app.get('/api/organizations/:id/history', {
    schema: { tags: ['registry'], security: signedIn, summary: 'The change history of an organization, from the audit log', operationId: 'getOrganizationHistory', params: idParams, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }), response: { 200: auditPage, ...errorResponses } },
  }, async (request) => registry.getOrganizationHistory(request.params.id, request.query.page, contextOf(request)));
}
