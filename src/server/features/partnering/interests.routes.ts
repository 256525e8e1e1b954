import { idParams, errorResponse } from '../../../shared/contracts/common';
import { createInterestInput, funnel, funnelQuery, interest, interestList, introduceInput, listInterestsQuery, meetingInput, outcomeInput } from '../../../shared/contracts/partnering';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { PartneringService } from './partnering.service';

export function registerInterestRoutes(app: App, { partnering }: { partnering: PartneringService }) {
  const tags = ['partnering'];
  const withConflict = { ...errorResponses, 409: errorResponse };
  const { interests } = partnering;

  app.get('/api/partnering/interests', {
    schema: { tags, security: signedIn, summary: 'Expressions of interest: received (inbox), sent (outbox), or to introduce as an intermediary', operationId: 'listPartneringInterests', querystring: listInterestsQuery, response: { 200: interestList, ...errorResponses } },
  }, async (request) => interests.list(request.query.box, contextOf(request)));

  app.post('/api/partnering/interests', {
    schema: { tags, security: signedIn, summary: 'Express interest from one\'s published profile in a complementary published profile, with a message', operationId: 'createPartneringInterest', body: createInterestInput, response: { 201: interest, ...withConflict } },
  }, async (request, reply) => {
    const id = await interests.send(request.body, contextOf(request));
    return reply.status(201).send(await interests.get(id, contextOf(request)));
  });

  app.get('/api/partnering/interests/:id', {
    schema: { tags, security: signedIn, summary: 'An expression of interest with its funnel steps', operationId: 'getPartneringInterest', params: idParams, response: { 200: interest, ...errorResponses } },
  }, async (request) => interests.get(request.params.id, contextOf(request)));

  app.post('/api/partnering/interests/:id/introduce', {
    schema: { tags, security: signedIn, summary: 'Introduce the parties (the intermediary of an anonymous profile, or the owner accepting)', operationId: 'introducePartneringInterest', params: idParams, body: introduceInput, response: { 200: interest, ...withConflict } },
  }, async (request) => {
    await interests.introduce(request.params.id, request.body.note, contextOf(request));
    return interests.get(request.params.id, contextOf(request));
  });

  app.post('/api/partnering/interests/:id/meeting', {
    schema: { tags, security: signedIn, summary: 'Record the meeting of the introduced parties: date, format, notes', operationId: 'recordPartneringMeeting', params: idParams, body: meetingInput, response: { 200: interest, ...withConflict } },
  }, async (request) => {
    await interests.meeting(request.params.id, request.body, contextOf(request));
    return interests.get(request.params.id, contextOf(request));
  });

  app.post('/api/partnering/interests/:id/outcome', {
    schema: { tags, security: signedIn, summary: 'Record the outcome: an agreement (linked), a joint project (link), or closed with a reason', operationId: 'recordPartneringOutcome', params: idParams, body: outcomeInput, response: { 200: interest, ...withConflict } },
  }, async (request) => {
    await interests.outcome(request.params.id, request.body, contextOf(request));
    return interests.get(request.params.id, contextOf(request));
  });

  app.get('/api/partnering/funnel', {
    schema: { tags, security: signedIn, summary: 'Funnel metrics by period, ecosystem and direction: counts, conversion and median days between steps', operationId: 'getPartneringFunnel', querystring: funnelQuery, response: { 200: funnel, ...errorResponses } },
  }, async (request) => partnering.funnel(request.query, contextOf(request)));
}
