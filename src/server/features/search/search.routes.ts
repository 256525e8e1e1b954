import { searchQuery, searchResponse } from '../../../shared/contracts/search';
import { contextOf, errorResponses, signedInOrAnonymous, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import type { SearchService } from './search.service';

export function registerSearchRoutes(app: App, { search }: { search: SearchService }) {
  app.get('/api/search', {
    schema: {
      tags: ['search'],
      security: signedInOrAnonymous,
      summary: 'Search organizations (Russian and English stems, Chinese words, names across scripts, directions) and agreements, with facets',
      operationId: 'search',
      querystring: searchQuery,
      response: { 200: searchResponse, ...errorResponses },
    },
  }, async (request) => search.search(request.query, contextOf(request), requestLanguage(request)));
}
