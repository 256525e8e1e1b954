/**
 * The registry feature owns organizations, ecosystems and their memberships, persons and the
 * direction taxonomy: who is out there, in which park, doing what. (Reads for now; writes,
 * import and export come with the registry module.)
 */
import type { Organization } from '../../../shared/contracts/registry';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { canReadPrivateFigures, organizationReadScope } from './registry.policy';
import { toDirection, toDirectionRef, toOrganizationSummary } from './registry.mappers';
import * as repo from './registry.repo';

export function createRegistryService({ db }: { db: Database }) {
  return {
    async listDirections() {
      return { items: (await repo.listAllDirections(db)).map(toDirection) };
    },

    async listOrganizations(filter: repo.OrganizationFilter, context: RequestContext) {
      const { rows, total } = await repo.listOrganizations(db, organizationReadScope(context.actor), filter);
      return { items: rows.map(toOrganizationSummary), page: filter.page, pageSize: filter.pageSize, total };
    },

    async getOrganization(id: string, context: RequestContext): Promise<Organization> {
      const row = await repo.findOrganization(db, organizationReadScope(context.actor), id);
      if (!row) throw notFound('organization', id);
      const [directionRows, membershipRows] = await Promise.all([
        repo.listDirectionsOfOrganizations(db, [id]),
        repo.listMembershipsOfOrganization(db, id),
      ]);
      const ecosystemIds = membershipRows.map((m) => m.ecosystem.id);
      return {
        ...toOrganizationSummary(row),
        website: row.website,
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
