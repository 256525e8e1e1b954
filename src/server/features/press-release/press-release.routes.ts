import { acceptDraftsInput, acceptDraftsResult, draftFromTextInput, draftsFromText } from '../../../shared/contracts/agreement-drafts';
import { errorResponse } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { PressReleaseService } from './press-release.service';

export function registerPressReleaseRoutes(app: App, { pressRelease }: { pressRelease: PressReleaseService }) {
  const tags = ['agreements'];

  app.post('/api/agreements/drafts/from-text', {
    schema: {
      tags, security: signedIn, operationId: 'draftAgreementsFromText', body: draftFromTextInput,
      summary: 'Read a Russian press release into agreement drafts: parties and signatories matched to the registry, directions to the taxonomy, every field with its span and confidence; nothing is written',
      response: { 200: draftsFromText, 413: errorResponse, ...errorResponses },
    },
  }, async (request) => pressRelease.draftsFromText(request.body, contextOf(request)));

  app.post('/api/agreements/drafts/accept', {
    schema: {
      tags, security: signedIn, operationId: 'acceptAgreementDrafts', body: acceptDraftsInput,
      summary: 'Create the reviewed agreements, with the new organizations and people they need and the press text as their source document, in one transaction',
      response: { 201: acceptDraftsResult, 413: errorResponse, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await pressRelease.acceptDrafts(request.body, contextOf(request))));
}
