import { agreement, agreementPage, listAgreementsQuery } from '../../../shared/contracts/agreements';
import { idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedInOrAnonymous, type App } from '../../lib/http';
import type { AgreementsService } from './agreements.service';

export function registerAgreementsRoutes(app: App, { agreements }: { agreements: AgreementsService }) {
  const tags = ['agreements'];
  const security = signedInOrAnonymous;

  app.get('/api/agreements', {
    schema: { tags, security, summary: 'List the agreements the caller may see', operationId: 'listAgreements', querystring: listAgreementsQuery, response: { 200: agreementPage, ...errorResponses } },
  }, async (request) => agreements.list(request.query, contextOf(request)));

  app.get('/api/agreements/:id', {
    schema: { tags, security, summary: 'An agreement with its parties, signatories and directions', operationId: 'getAgreement', params: idParams, response: { 200: agreement, ...errorResponses } },
  }, async (request) => agreements.get(request.params.id, contextOf(request)));
}
