import { z } from 'zod';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import {
  closeInvestorRequestInput, createdInvestorRequest, createInvestorRequestInput, investorRequest, investorRequestPage, listInvestorRequestsQuery, respondToInvestorRequestInput, withdrawInvestorConsentInput,
} from '../../../shared/contracts/investor-requests';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import type { InvestorRequests } from './investor-requests';

export function registerInvestorRequestRoutes(app: App, { investorRequests, anonymousRequestsPerHour }: { investorRequests: InvestorRequests; anonymousRequestsPerHour: number }) {
  const tags = ['infrastructure'];

  app.post('/api/investor-requests', {
    // Anonymous senders are limited per address, so that the form is no channel for spam; signed-in ones are not.
    config: { rateLimit: { max: anonymousRequestsPerHour, timeWindow: '1 hour', allowList: (request) => request.actor?.kind === 'user' } },
    schema: { tags, security: signedInOrAnonymous, summary: 'Ask a park for space or a site; anonymous senders give a contact and their consent to its processing', operationId: 'createInvestorRequest', body: createInvestorRequestInput, response: { 201: createdInvestorRequest, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await investorRequests.create(request.body, contextOf(request))));

  app.get('/api/investor-requests', {
    schema: { tags, security: signedIn, summary: 'Requests sent to the parks the caller manages (all for the center), or sent by the caller', operationId: 'listInvestorRequests', querystring: listInvestorRequestsQuery, response: { 200: investorRequestPage, ...errorResponses } },
  }, async (request) => investorRequests.list(request.query, contextOf(request)));

  app.get('/api/investor-requests/:id', {
    schema: { tags, security: signedIn, summary: 'A request with the park\'s answers and proposed objects', operationId: 'getInvestorRequest', params: idParams, response: { 200: investorRequest, ...errorResponses } },
  }, async (request) => investorRequests.get(request.params.id, contextOf(request)));

  app.post('/api/investor-requests/:id/responses', {
    schema: { tags, security: signedIn, summary: 'Answer a request, proposing objects of the park\'s catalog', operationId: 'respondToInvestorRequest', params: idParams, body: respondToInvestorRequestInput, response: { 200: investorRequest, 409: errorResponse, ...errorResponses } },
  }, async (request) => {
    await investorRequests.respond(request.params.id, request.body, contextOf(request));
    return investorRequests.get(request.params.id, contextOf(request));
  });

  app.post('/api/investor-requests/:id/outcome', {
    schema: { tags, security: signedIn, summary: 'Close a request: a resident registered, or declined with the reason', operationId: 'closeInvestorRequest', params: idParams, body: closeInvestorRequestInput, response: { 200: investorRequest, 409: errorResponse, ...errorResponses } },
  }, async (request) => {
    await investorRequests.close(request.params.id, request.body, contextOf(request));
    return investorRequests.get(request.params.id, contextOf(request));
  });

  // 152-FZ: the sender withdraws their consent with the private token given at submission. The
  // token is 256 random bits, but the route is limited like the form all the same.
  app.post('/api/investor-requests/consent-withdrawal', {
    config: { rateLimit: { max: anonymousRequestsPerHour, timeWindow: '1 hour' } },
    schema: { tags, security: signedInOrAnonymous, summary: 'The sender withdraws their consent with their private token: their contact is erased', operationId: 'withdrawInvestorConsentByToken', body: withdrawInvestorConsentInput, response: { 204: z.null().describe('Erased'), 409: errorResponse, ...errorResponses } },
  }, async (request, reply) => {
    await investorRequests.withdrawConsentByToken(request.body.token, contextOf(request));
    return reply.status(204).send(null);
  });

  app.post('/api/investor-requests/:id/consent-withdrawal', {
    schema: { tags, security: signedIn, summary: 'Record the sender\'s withdrawal of consent given by other means: their contact is erased', operationId: 'withdrawInvestorConsent', params: idParams, response: { 200: investorRequest, 409: errorResponse, ...errorResponses } },
  }, async (request) => {
    await investorRequests.withdrawConsentForSender(request.params.id, contextOf(request));
    return investorRequests.get(request.params.id, contextOf(request));
  });
}
