import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { inline, type Bind } from '../../db/bind';
import { ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { boundReadScopeCondition } from './registry.repo';
import { matchedOrganizations, matchShape, type MatchQuery } from './organization-matches';

export type SearchFilters = { kind?: string; country?: string; ecosystemId?: string; directionId?: string; sizeBand?: string };

const filterNames = ['kind', 'country', 'sizeBand', 'ecosystemId', 'directionId'] as const;

function filterConditions(filters: SearchFilters, bind: Bind): (SQL | undefined)[] {
  return [
    filters.kind ? sql`${organizations.kind} = ${bind('kind', filters.kind)}` : undefined,
    filters.country ? sql`${organizations.country} = ${bind('country', filters.country)}` : undefined,
    filters.sizeBand ? sql`${organizations.sizeBand} = ${bind('sizeBand', filters.sizeBand)}` : undefined,
    filters.ecosystemId
      ? inArray(organizations.id, sql`(select organization_id from ${ecosystemMemberships} where ecosystem_id = ${bind('ecosystemId', filters.ecosystemId)} and status <> 'former')`)
      : undefined,
    filters.directionId
      ? inArray(organizations.id, sql`(select organization_id from ${organizationDirections} where direction_id = ${bind('directionId', filters.directionId)})`)
      : undefined,
  ];
}

/**
 * The hits of a query within the caller's scope and the filters: the join and condition every
 * statement of a search shares.
 */
export function scopedHits(scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters, bind: Bind = inline) {
  return { hits: sql`${matchedOrganizations(query, { bind })} as hits`, on: sql`hits.id = ${organizations.id}`, where: scopeAndFilters(scope, filters, bind) };
}

/** What the caller may see, narrowed by the filters. */
export function scopeAndFilters(scope: OrganizationReadScope, filters: SearchFilters, bind: Bind): SQL | undefined {
  return and(boundReadScopeCondition(scope, bind), ...filterConditions(filters, bind));
}

/**
 * What a search page statement's text depends on (ADR 047): the caller's scope being everything or
 * a list, the match's shape, the filters present. Statements are built once per shape and sent
 * with the values of the search.
 */
export function searchShape(scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters): string {
  return [scope.all ? 'all' : 'scoped', matchShape(query), ...filterNames.filter((name) => filters[name])].join(' ');
}

export type SearchPage = { page: number; pageSize: number; after?: string };
