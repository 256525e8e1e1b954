import { z } from 'zod';
import { addCommentInput, exportFormatQuery, obligationInput, obligationList, obligationParams, updateObligationInput } from '../../../shared/contracts/agreements';
import { idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import { sendFile } from './send-file';
import type { AgreementsService } from './agreements.service';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerAgreementRoadmapRoutes(app: App, { agreements }: { agreements: AgreementsService }) {
  const tags = ['agreements'];
  const security = signedIn;

  app.get('/api/agreements/:id/obligations', {
    config: rememberAnswer,
    schema: { tags, security, summary: 'The roadmap: obligations with derived status, evidence and comments, and the health', operationId: 'listObligations', params: idParams, response: { 200: obligationList, ...errorResponses } },
  }, async (request) => agreements.listObligations(request.params.id, contextOf(request)));

  app.get('/api/agreements/:id/obligations/export', {
    schema: { tags, security, summary: 'The roadmap as a CSV or XLSX file', operationId: 'exportObligations', params: idParams, querystring: exportFormatQuery, response: { 200: z.any().describe('The CSV or XLSX file'), ...errorResponses } },
  }, async (request, reply) => sendFile(reply, await agreements.exportRoadmap(request.params.id, request.query.format, requestLanguage(request), contextOf(request))));

  app.post('/api/agreements/:id/obligations', {
    schema: { tags, security, summary: 'Add an obligation to the roadmap', operationId: 'createObligation', params: idParams, body: obligationInput, response: { 201: obligationList, ...errorResponses } },
  }, async (request, reply) => {
    await agreements.createObligation(request.params.id, request.body, contextOf(request));
    return reply.status(201).send(await agreements.listObligations(request.params.id, contextOf(request)));
  });

  app.patch('/api/agreements/:id/obligations/:obligationId', {
    schema: { tags, security, summary: 'Edit an obligation, or report its progress (status and evidence) as its responsible party', operationId: 'updateObligation', params: obligationParams, body: updateObligationInput, response: { 200: obligationList, ...errorResponses } },
  }, async (request) => {
    await agreements.updateObligation(request.params.id, request.params.obligationId, request.body, contextOf(request));
    return agreements.listObligations(request.params.id, contextOf(request));
  });

  app.delete('/api/agreements/:id/obligations/:obligationId', {
    schema: { tags, security, summary: 'Remove an obligation from the roadmap', operationId: 'deleteObligation', params: obligationParams, response: { 204: z.null().describe('Removed'), ...errorResponses } },
  }, async (request, reply) => {
    await agreements.deleteObligation(request.params.id, request.params.obligationId, contextOf(request));
    return reply.status(204).send(null);
  });

  app.post('/api/agreements/:id/obligations/:obligationId/comments', {
    schema: { tags, security, summary: 'Comment on an obligation', operationId: 'commentObligation', params: obligationParams, body: addCommentInput, response: { 201: obligationList, ...errorResponses } },
  }, async (request, reply) => {
    await agreements.addObligationComment(request.params.id, request.params.obligationId, request.body, contextOf(request));
    return reply.status(201).send(await agreements.listObligations(request.params.id, contextOf(request)));
  });
}
