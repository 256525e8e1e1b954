import { z } from 'zod';
import { auditPage } from '../../../shared/contracts/audit';
import {
  agreement, agreementPage, changeAgreementStatusInput, createAgreementInput, deadlinesQuery, deadlinesResponse, exportFormatQuery, listAgreementsQuery, updateAgreementInput,
} from '../../../shared/contracts/agreements';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import { sendFile } from './send-file';
import { registerAgreementDocumentRoutes } from './agreement-documents.routes';
import { registerAgreementRoadmapRoutes } from './agreement-roadmap.routes';
import type { AgreementsService } from './agreements.service';
import { registerCalendarFeedRoutes } from './calendar-feeds.routes';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerAgreementsRoutes(app: App, { agreements }: { agreements: AgreementsService }) {
  const tags = ['agreements'];

  app.get('/api/agreements', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'List the agreements the caller may see, with filters and search', operationId: 'listAgreements', querystring: listAgreementsQuery, response: { 200: agreementPage, ...errorResponses } },
  }, async (request) => agreements.list(request.query, contextOf(request)));

  app.get('/api/agreements/export', {
    schema: {
      tags, security: signedIn, operationId: 'exportAgreements', summary: 'The filtered list as a CSV or XLSX file',
      querystring: listAgreementsQuery.omit({ page: true, pageSize: true }).extend(exportFormatQuery.shape),
      response: { 200: z.any().describe('The CSV or XLSX file'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, ...filter } = request.query;
    return sendFile(reply, await agreements.exportList(filter, format, requestLanguage(request), contextOf(request)));
  });

  app.get('/api/obligations/deadlines', {
    config: rememberAnswer,
    schema: { tags, security: signedIn, summary: 'Overdue and upcoming obligations across the agreements the caller sees', operationId: 'listDeadlines', querystring: deadlinesQuery, response: { 200: deadlinesResponse, ...errorResponses } },
  }, async (request) => agreements.deadlines(request.query, contextOf(request)));

  app.get('/api/agreements/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'An agreement with its parties, signatories, directions, relations and health', operationId: 'getAgreement', params: idParams, response: { 200: agreement, ...errorResponses } },
  }, async (request) => agreements.get(request.params.id, contextOf(request)));

  app.post('/api/agreements', {
    schema: { tags, security: signedIn, summary: 'Register an agreement with its parties, signatories, directions and roadmap', operationId: 'createAgreement', body: createAgreementInput, response: { 201: agreement, 413: errorResponse, 415: errorResponse, ...errorResponses } },
  }, async (request, reply) => {
    const id = await agreements.create(request.body, contextOf(request));
    return reply.status(201).send(await agreements.get(id, contextOf(request)));
  });

  app.patch('/api/agreements/:id', {
    schema: { tags, security: signedIn, summary: 'Edit an agreement; lists given are replaced whole', operationId: 'updateAgreement', params: idParams, body: updateAgreementInput, response: { 200: agreement, ...errorResponses } },
  }, async (request) => {
    await agreements.update(request.params.id, request.body, contextOf(request));
    return agreements.get(request.params.id, contextOf(request));
  });

  app.post('/api/agreements/:id/status', {
    schema: { tags, security: signedIn, summary: 'Move the agreement along its lifecycle: draft → signed → active → expired, or terminated with a reason', operationId: 'changeAgreementStatus', params: idParams, body: changeAgreementStatusInput, response: { 200: agreement, 409: errorResponse, ...errorResponses } },
  }, async (request) => {
    await agreements.changeStatus(request.params.id, request.body, contextOf(request));
    return agreements.get(request.params.id, contextOf(request));
  });

  app.get('/api/agreements/:id/history', {
    schema: { tags, security: signedIn, summary: 'The history of the agreement and its roadmap, from the audit log', operationId: 'getAgreementHistory', params: idParams, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }), response: { 200: auditPage, ...errorResponses } },
  }, async (request) => agreements.history(request.params.id, request.query.page, contextOf(request)));

  registerAgreementRoadmapRoutes(app, { agreements });
  registerAgreementDocumentRoutes(app, { agreements });
  registerCalendarFeedRoutes(app, { agreements });
}
