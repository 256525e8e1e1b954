import { z } from 'zod';
import { auditPage } from '../../../shared/contracts/audit';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import {
  createProfileInput, listProfilesQuery, match, matchesQuery, matchList, previewMatchesInput, profile, profilePage, profileRenewInput, reviewInput, reviewThresholds, updateProfileInput,
} from '../../../shared/contracts/partnering';
import { digest, digestQuery, digestSeen, digestSeenInput } from '../../../shared/contracts/partnering-digest';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import { registerInterestRoutes } from './interests.routes';
import type { PartneringService } from './partnering.service';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerPartneringRoutes(app: App, { partnering }: { partnering: PartneringService }) {
  const tags = ['partnering'];
  const withConflict = { ...errorResponses, 409: errorResponse };

  app.get('/api/partnering/profiles', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'The marketplace of published profiles with facets; also the caller\'s own profiles and the review queue', operationId: 'listPartneringProfiles', querystring: listProfilesQuery, response: { 200: profilePage, ...errorResponses } },
  }, async (request) => partnering.list(request.query, contextOf(request)));

  app.post('/api/partnering/profiles', {
    schema: { tags, security: signedIn, summary: 'Write a draft offer or request for an organization', operationId: 'createPartneringProfile', body: createProfileInput, response: { 201: profile, ...errorResponses } },
  }, async (request, reply) => {
    const id = await partnering.create(request.body, contextOf(request));
    return reply.status(201).send(await partnering.get(id, contextOf(request)));
  });

  app.get('/api/partnering/profiles/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'A profile; an anonymous one without its organization unless the caller is of its side or an intermediary', operationId: 'getPartneringProfile', params: idParams, response: { 200: profile, ...errorResponses } },
  }, async (request) => partnering.get(request.params.id, contextOf(request)));

  app.patch('/api/partnering/profiles/:id', {
    schema: { tags, security: signedIn, summary: 'Edit a draft profile', operationId: 'updatePartneringProfile', params: idParams, body: updateProfileInput, response: { 200: profile, ...withConflict } },
  }, async (request) => {
    await partnering.update(request.params.id, request.body, contextOf(request));
    return partnering.get(request.params.id, contextOf(request));
  });

  const step = (path: string, operationId: string, summary: string, run: (id: string, context: ReturnType<typeof contextOf>) => Promise<void>) =>
    app.post(`/api/partnering/profiles/:id/${path}`, {
      schema: { tags, security: signedIn, summary, operationId, params: idParams, response: { 200: profile, ...withConflict } },
    }, async (request) => {
      await run(request.params.id, contextOf(request));
      return partnering.get(request.params.id, contextOf(request));
    });
  step('submit', 'submitPartneringProfile', 'Submit a draft for review once the automatic pre-checks pass', partnering.submit);
  step('start-review', 'startPartneringReview', 'Take a submitted profile into review', partnering.startReview);
  step('withdraw', 'withdrawPartneringProfile', 'Withdraw a profile from the marketplace or from review', partnering.withdraw);

  app.post('/api/partnering/profiles/:id/review', {
    schema: { tags, security: signedIn, summary: 'Score a profile on four criteria (0–5): published when it passes the thresholds, returned to its author otherwise', operationId: 'reviewPartneringProfile', params: idParams, body: reviewInput, response: { 200: profile, ...withConflict } },
  }, async (request) => {
    await partnering.review(request.params.id, request.body, contextOf(request));
    return partnering.get(request.params.id, contextOf(request));
  });

  app.post('/api/partnering/profiles/:id/renew', {
    schema: { tags, security: signedIn, summary: 'Extend a published or expired profile to a new expiry date', operationId: 'renewPartneringProfile', params: idParams, body: profileRenewInput, response: { 200: profile, ...withConflict } },
  }, async (request) => {
    await partnering.renew(request.params.id, request.body.expiresOn, contextOf(request));
    return partnering.get(request.params.id, contextOf(request));
  });

  app.get('/api/partnering/profiles/:id/history', {
    schema: { tags, security: signedIn, summary: 'The history of a profile, from the audit log', operationId: 'getPartneringProfileHistory', params: idParams, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }), response: { 200: auditPage, ...errorResponses } },
  }, async (request) => partnering.history(request.params.id, request.query.page, contextOf(request)));

  app.get('/api/partnering/profiles/:id/matches', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'The best complementary profiles, each with its score, signals and reasons in the caller\'s language', operationId: 'listPartneringMatches', params: idParams, querystring: matchesQuery, response: { 200: matchList, ...errorResponses } },
  }, async (request) => partnering.matches(request.params.id, request.query.limit, requestLanguage(request), contextOf(request)));

  app.get('/api/partnering/profiles/:id/matches/:otherId', {
    schema: { tags, security: signedInOrAnonymous, summary: 'Why two complementary profiles match: the score of the pair with its signals and reasons', operationId: 'explainPartneringMatch', params: z.object({ id: z.uuid(), otherId: z.uuid() }).strict(), response: { 200: match, ...errorResponses } },
  }, async (request) => partnering.pair(request.params.id, request.params.otherId, requestLanguage(request), contextOf(request)));

  app.post('/api/partnering/matches/preview', {
    schema: { tags, security: signedIn, summary: 'Matches of an unsaved draft, for the editor; nothing is written', operationId: 'previewPartneringMatches', body: previewMatchesInput, response: { 200: matchList, ...errorResponses } },
  }, async (request) => partnering.preview(request.body, requestLanguage(request), contextOf(request)));

  app.get('/api/partnering/review-thresholds', {
    schema: { tags, security: signedIn, summary: 'The review thresholds a profile must reach to be published', operationId: 'getPartneringReviewThresholds', response: { 200: reviewThresholds, ...errorResponses } },
  }, async (request) => partnering.thresholds(contextOf(request)));

  app.put('/api/partnering/review-thresholds', {
    schema: { tags, security: signedIn, summary: 'Change the review thresholds (coordinators and admins)', operationId: 'setPartneringReviewThresholds', body: reviewThresholds, response: { 200: reviewThresholds, ...errorResponses } },
  }, async (request) => {
    await partnering.setThresholds(request.body, contextOf(request));
    return partnering.thresholds(contextOf(request));
  });

  app.get('/api/partnering/digest', {
    schema: { tags, security: signedIn, summary: 'New matches of the caller\'s organizations (or of one), not yet marked as seen, best first, explained in the caller\'s language', operationId: 'getPartneringDigest', querystring: digestQuery, response: { 200: digest, ...errorResponses } },
  }, async (request) => partnering.digest(request.query, requestLanguage(request), contextOf(request)));

  app.post('/api/partnering/digest/seen', {
    schema: { tags, security: signedIn, summary: 'Mark the new matches of the caller\'s organizations (or of one it acts for) as seen', operationId: 'markPartneringDigestSeen', body: digestSeenInput, response: { 200: digestSeen, ...errorResponses } },
  }, async (request) => partnering.markDigestSeen(request.body.organizationId, contextOf(request)));

  registerInterestRoutes(app, { partnering });
}
