/**
 * The registry feature owns organizations, ecosystems and their memberships, persons and the
 * direction taxonomy: who is out there, in which park, doing what.
 */
import type { CreateOrganizationInput } from '../../../shared/contracts/organization-input';
import type { Organization } from '../../../shared/contracts/registry';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import type { AuditService } from '../audit/audit.service';
import { findDuplicateCandidates } from './organization-checks';
import * as searchRepo from './organization-search.repo';
import { searchQueryOf } from './organization-matches';
import { highlightWords, searchTermsOf } from './search-terms';
import { firstSnippet } from './snippets';
import { organizationsTable } from './organization-export';
import { toCsv, toXlsx } from '../../lib/spreadsheet';

/** The most rows one export writes; larger registries are exported by filter. */
export const exportRowLimit = 100_000;
import type { OrganizationSearchResult, SearchQuery } from '../../../shared/contracts/search';
import { languages, type Language } from '../../../shared/languages';
import { createOrganizationWrites } from './organization-writes';
import { createOrganizationLogos } from './organization-logo';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { canReadPrivateFigures, organizationReadScope } from './registry.policy';
import { organizationSummaryColumns, toDirection, toDirectionRef, toOrganizationSummary } from './registry.mappers';
import * as repo from './registry.repo';
import * as writeRepo from './organizations-write.repo';
import type { IdentifierScheme } from '../../../shared/identifiers';
import { GenerationCache, readRegistryGeneration } from './registry-generation';

/**
 * `rankedHitLimit`: where a search becomes broad (ADR 041); smaller in tests of broad searches.
 * `rememberListPages`: list answers kept per registry generation (ADR 043), on unless turned off.
 */
type Dependencies = { db: Database; clock: Clock; audit: AuditService; rankedHitLimit?: number; rememberListPages?: boolean };

export function createRegistryService({ db, clock, audit, rankedHitLimit, rememberListPages = true }: Dependencies) {
  const writes = createOrganizationWrites({ db, clock });
  const logos = createOrganizationLogos({ db, clock });
  /** List totals per scope and filters, valid for one registry generation (ADR 029). */
  const listTotals = new GenerationCache<number>();
  /** Search facets and totals per scope, query and filters, for one registry generation. */
  const searchFacets = new GenerationCache<Awaited<ReturnType<typeof searchRepo.searchFacets>>>(500);
  /** List answers per scope and the whole query, for one registry generation (ADR 043). */
  const listPages = new GenerationCache<Awaited<ReturnType<typeof readListPage>>>(500);
  async function readListPage(filter: repo.OrganizationFilter, scope: ReturnType<typeof organizationReadScope>) {
    const { rows, total, nextCursor } = await repo.listOrganizations(db, scope, filter, { totals: listTotals, columns: organizationSummaryColumns });
    return { items: rows.map(toOrganizationSummary), page: filter.page, pageSize: filter.pageSize, total, nextCursor };
  }
  return {
    setLogo: logos.setLogo,
    removeLogo: logos.removeLogo,
    getLogo: logos.getLogo,
    createOrganization: writes.create,
    updateOrganization: writes.update,
    mergeOrganizations: writes.merge,

    async checkDuplicates(name: CreateOrganizationInput['name'], context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      return { candidates: await findDuplicateCandidates(db, context.actor, name) };
    },

    /** The audit trail of an organization, for those who may see its private side. */
    async getOrganizationHistory(id: string, page: number, context: RequestContext) {
      const row = await repo.findOrganization(db, organizationReadScope(context.actor), id);
      if (!row) throw notFound('organization', id);
      const ecosystemIds = await writeRepo.ecosystemIdsOfOrganization(db, id);
      authorize(context.actor, canReadPrivateFigures(context.actor, id, ecosystemIds));
      return audit.historyOf('organization', id, page);
    },

    async listDirections() {
      return { items: (await repo.listAllDirections(db)).map(toDirection) };
    },

    async searchOrganizations(query: SearchQuery, context: RequestContext, language: Language): Promise<OrganizationSearchResult> {
      const { q, page, pageSize, after, ...filters } = query;
      const terms = searchTermsOf(q);
      const scope = organizationReadScope(context.actor);
      const match = await searchQueryOf(db, terms, rankedHitLimit);
      const facetKey = JSON.stringify([repo.scopeKey(scope), q, filters]);
      const countFacets = () => searchRepo.searchFacets(db, scope, match, filters);
      // Facets and total count every hit: remembered per (scope, query, filters) for the registry
      // generation they were counted at, reused by a page that read the same generation (ADR 029).
      // Counted beside the page when nothing is remembered yet, after it when the page must tell.
      const fresh = searchFacets.has(facetKey) ? undefined : countFacets();
      const [{ rows, nextCursor, generation: pageGeneration }, counted] = await Promise.all([
        searchRepo.searchOrganizations(db, scope, match, filters, { page, pageSize, after }),
        fresh,
      ]);
      const generation = pageGeneration ?? (await readRegistryGeneration(db));
      const { generation: countedAt, total, ...facets } = counted ?? searchFacets.get(facetKey, generation) ?? (await countFacets());
      searchFacets.set(facetKey, countedAt, { generation: countedAt, total, ...facets });
      const words = highlightWords(terms);
      const order = [language, ...languages.filter((l) => l !== language)];
      const items = rows.map((row) => {
        const descriptions = { ru: row.organization.descriptionRu, en: row.organization.descriptionEn, zh: row.organization.descriptionZh };
        const snippet = firstSnippet(order.map((l) => descriptions[l]), words);
        const matchedBy = (['text', 'name', 'direction'] as const).filter((how) => ({ text: row.byText, name: row.byName, direction: row.byDirection })[how]);
        return { organization: toOrganizationSummary(row.organization), score: Math.round(Number(row.score) * 1000) / 1000, matchedBy, snippet };
      });
      const ranking = !match.broad ? 'relevance' : match.rankNames ? 'namesFirst' : 'none';
      return { items, page, pageSize, total, nextCursor, ranking, facets };
    },

    /** Every organization of the filtered list that the caller may see, as a CSV or XLSX file. */
    async exportOrganizations(filter: Omit<repo.OrganizationFilter, 'page' | 'pageSize'>, format: 'csv' | 'xlsx', context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      const { rows } = await repo.listOrganizations(db, organizationReadScope(context.actor), { ...filter, page: 1, pageSize: exportRowLimit });
      const table = await organizationsTable(db, context.actor, rows);
      const stamp = clock.now().toISOString().slice(0, 10);
      return format === 'csv'
        ? { content: toCsv(table), contentType: 'text/csv; charset=utf-8', fileName: `organizations-${stamp}.csv` }
        : { content: await toXlsx(table, 'organizations'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `organizations-${stamp}.xlsx` };
    },

    /**
     * A page of the list. The same page for the same scope is answered from memory while the
     * registry generation read first is unchanged: stored under a generation read before its rows,
     * an answer is never older than the generation it is served for (ADR 043).
     */
    async listOrganizations(filter: repo.OrganizationFilter, context: RequestContext) {
      const scope = organizationReadScope(context.actor);
      if (!rememberListPages) return readListPage(filter, scope);
      const key = JSON.stringify([repo.scopeKey(scope), filter]);
      const generation = await readRegistryGeneration(db);
      const known = listPages.get(key, generation);
      if (known) return known;
      const answer = await readListPage(filter, scope);
      listPages.set(key, generation, answer);
      return answer;
    },

    async getOrganization(id: string, context: RequestContext): Promise<Organization> {
      const row = await repo.findOrganization(db, organizationReadScope(context.actor), id);
      if (!row) throw notFound('organization', id);
      const [directionRows, membershipRows] = await Promise.all([
        repo.listDirectionsOfOrganizations(db, [id]),
        repo.listMembershipsOfOrganization(db, id),
      ]);
      const ecosystemIds = membershipRows.map((m) => m.ecosystem.id);
      const [identifiers, activityCodes] = await Promise.all([
        writeRepo.listIdentifiersOfOrganization(db, id),
        writeRepo.listActivityCodesOfOrganization(db, id),
      ]);
      return {
        ...toOrganizationSummary(row),
        website: row.website,
        identifiers: identifiers.map((i) => ({ scheme: i.scheme as IdentifierScheme, country: i.country, value: i.value })),
        activityCodes,
        externalId: row.externalId,
        logoUrl: row.logoFileId ? `/api/organizations/${row.id}/logo?v=${row.logoFileId}` : null,
        description: { ru: row.descriptionRu, en: row.descriptionEn, zh: row.descriptionZh },
        sizeBand: row.sizeBand as Organization['sizeBand'],
        foundedYear: row.foundedYear,
        directions: directionRows.map((d) => toDirectionRef(d.direction)),
        memberships: membershipRows.map(({ membership, ecosystem }) => ({
          ecosystemId: ecosystem.id,
          ecosystemName: { ru: ecosystem.shortNameRu ?? ecosystem.nameRu, en: ecosystem.shortNameEn ?? ecosystem.nameEn, zh: ecosystem.shortNameZh ?? ecosystem.nameZh },
          status: membership.status as Organization['memberships'][number]['status'],
          dateFrom: membership.dateFrom,
          dateTo: membership.dateTo,
        })),
        privateFigures: canReadPrivateFigures(context.actor, id, ecosystemIds)
          ? { headcount: row.headcount, revenueRub: row.revenueRub, exportsRub: row.exportsRub }
          : null,
      };
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
