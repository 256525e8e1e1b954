import { z } from 'zod';
import { errorResponse, idParams } from '../../../../shared/contracts/common';
import { addGlossaryTermsInput, glossaryConcept, glossaryPage, glossaryQuery } from '../../../../shared/contracts/partnering-glossary';
import { contextOf, errorResponses, signedIn, type App } from '../../../lib/http';
import type { GlossaryTermsService } from './glossary-terms.service';

export function registerGlossaryRoutes(app: App, { glossaryTerms }: { glossaryTerms: GlossaryTermsService }) {
  const tags = ['partnering'];

  app.get('/api/partnering/glossary', {
    schema: { tags, security: signedIn, summary: 'Search the trilingual matching glossary by any term in any language; shipped and added terms are marked', operationId: 'searchPartneringGlossary', querystring: glossaryQuery, response: { 200: glossaryPage, ...errorResponses } },
  }, async (request) => glossaryTerms.list(request.query, contextOf(request)));

  app.post('/api/partnering/glossary/terms', {
    schema: {
      tags, security: signedIn, operationId: 'addPartneringGlossaryTerms',
      summary: 'Add terms to a concept of the glossary, or a new concept with a term in each of Russian, English and Chinese; profiles are matched with them once a background job has read them again',
      body: addGlossaryTermsInput, response: { 201: glossaryConcept, ...errorResponses, 409: errorResponse },
    },
  }, async (request, reply) => reply.status(201).send(await glossaryTerms.add(request.body, contextOf(request))));

  app.delete('/api/partnering/glossary/terms/:id', {
    schema: { tags, security: signedIn, summary: 'Remove a term administrators added (shipped terms stay)', operationId: 'deletePartneringGlossaryTerm', params: idParams, response: { 204: z.null().describe('Removed'), ...errorResponses } },
  }, async (request, reply) => {
    await glossaryTerms.remove(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });
}
