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
import { createOrganizationWrites } from './organization-writes';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { canReadPrivateFigures, organizationReadScope } from './registry.policy';
import { toDirection, toDirectionRef, toOrganizationSummary } from './registry.mappers';
import * as repo from './registry.repo';
import * as writeRepo from './organizations-write.repo';
import type { IdentifierScheme } from '../../../shared/identifiers';

type Dependencies = { db: Database; clock: Clock; audit: AuditService };

export function createRegistryService({ db, clock, audit }: Dependencies) {
  const writes = createOrganizationWrites({ db, clock });
  return {
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

    async listEcosystems(context: RequestContext) {
      const rows = await repo.listEcosystems(db, organizationReadScope(context.actor));
      return {
        items: rows.map((r) => ({ ...toOrganizationSummary(r.organization), kind: r.organization.kind as never, residentCount: r.residentCount })),
      };
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
