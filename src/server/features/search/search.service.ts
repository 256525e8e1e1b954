/**
 * The search feature owns the one search box: it asks each feature that holds searchable things
 * (organizations in the registry, agreements) with the same query; each applies its own policy.
 */
import type { SearchQuery, SearchResponse } from '../../../shared/contracts/search';
import type { Language } from '../../../shared/languages';
import type { RequestContext } from '../../lib/actor';
import type { AgreementsService } from '../agreements/agreements.service';
import type { RegistryService } from '../registry/registry.service';

type Dependencies = { registry: RegistryService; agreements: AgreementsService };

export function createSearchService({ registry, agreements }: Dependencies) {
  return {
    async search(query: SearchQuery, context: RequestContext, language: Language): Promise<SearchResponse> {
      const [organizations, agreementPage] = await Promise.all([
        registry.searchOrganizations(query, context, language),
        agreements.list({ q: query.q, page: 1, pageSize: 5 }, context),
      ]);
      return { query: query.q, organizations, agreements: { items: agreementPage.items, total: agreementPage.total } };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
