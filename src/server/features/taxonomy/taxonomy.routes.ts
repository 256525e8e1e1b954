import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { createDirectionInput, listTaxonomyQuery, taxonomyDirection, taxonomyList, updateDirectionInput } from '../../../shared/contracts/taxonomy';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { TaxonomyService } from './taxonomy.service';

export function registerTaxonomyRoutes(app: App, { taxonomy }: { taxonomy: TaxonomyService }) {
  const tags = ['taxonomy'];
  const conflict = { 409: errorResponses[400] };

  app.get('/api/taxonomy', {
    schema: { tags, security: signedInOrAnonymous, summary: 'The direction taxonomy as a flat list with parent links', operationId: 'listTaxonomy', querystring: listTaxonomyQuery, response: { 200: taxonomyList, ...errorResponses } },
  }, async (request) => taxonomy.list({ includeInactive: request.query.includeInactive === 'true' }, contextOf(request)));

  app.get('/api/taxonomy/:id', {
    schema: { tags, security: signedInOrAnonymous, summary: 'One direction of the taxonomy', operationId: 'getTaxonomyDirection', params: idParams, response: { 200: taxonomyDirection, ...errorResponses } },
  }, async (request) => taxonomy.get(request.params.id, contextOf(request)));

  app.post('/api/taxonomy', {
    schema: { tags, security: signedIn, summary: 'Add a direction with its labels in ru, en and zh (admin)', operationId: 'createTaxonomyDirection', body: createDirectionInput, response: { 201: taxonomyDirection, ...conflict, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await taxonomy.create(request.body, contextOf(request))));

  app.patch('/api/taxonomy/:id', {
    schema: { tags, security: signedIn, summary: 'Edit, move, deactivate or reactivate a direction; its code never changes (admin)', operationId: 'updateTaxonomyDirection', params: idParams, body: updateDirectionInput, response: { 200: taxonomyDirection, ...errorResponses } },
  }, async (request) => taxonomy.update(request.params.id, request.body, contextOf(request)));

  app.delete('/api/taxonomy/:id', {
    schema: { tags, security: signedIn, summary: 'Delete an unused direction that an administrator added (admin)', operationId: 'deleteTaxonomyDirection', params: idParams, response: { 204: z.null().describe('Deleted'), ...conflict, ...errorResponses } },
  }, async (request, reply) => {
    await taxonomy.remove(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });
}
