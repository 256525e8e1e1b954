import { countryList } from '../../../shared/contracts/reference';
import { errorResponses, signedInOrAnonymous, type App } from '../../lib/http';
import type { ReferenceService } from './reference.service';

/** A day: the list changes only with a new release, and browsers and proxies may keep it. */
const cacheFor = 'public, max-age=86400';

export function registerReferenceRoutes(app: App, { reference }: { reference: ReferenceService }) {
  app.get('/api/countries', {
    schema: {
      tags: ['reference'], security: signedInOrAnonymous, operationId: 'listCountries',
      summary: 'Countries (ISO 3166-1 alpha-2) with their names in ru/en/zh, partner countries marked',
      response: { 200: countryList, ...errorResponses },
    },
  }, async (_request, reply) => reply.header('cache-control', cacheFor).send(reference.listCountries()));
}
