import { idParams } from '../../../shared/contracts/common';
import { directionList, listOrganizationsQuery, organization, organizationPage } from '../../../shared/contracts/registry';
import { contextOf, errorResponses, signedInOrAnonymous, type App } from '../../lib/http';
import type { RegistryService } from './registry.service';

export function registerRegistryRoutes(app: App, { registry }: { registry: RegistryService }) {
  const security = signedInOrAnonymous;

  app.get('/api/directions', {
    schema: { tags: ['registry'], security, summary: 'The direction taxonomy in ru/en/zh', operationId: 'listDirections', response: { 200: directionList, ...errorResponses } },
  }, async () => registry.listDirections());

  app.get('/api/organizations', {
    schema: { tags: ['registry'], security, summary: 'List the organizations the caller may see', operationId: 'listOrganizations', querystring: listOrganizationsQuery, response: { 200: organizationPage, ...errorResponses } },
  }, async (request) => registry.listOrganizations(request.query, contextOf(request)));

  app.get('/api/organizations/:id', {
    schema: { tags: ['registry'], security, summary: 'An organization; private figures only for those allowed', operationId: 'getOrganization', params: idParams, response: { 200: organization, ...errorResponses } },
  }, async (request) => registry.getOrganization(request.params.id, contextOf(request)));
}
