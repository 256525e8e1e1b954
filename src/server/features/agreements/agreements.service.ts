/**
 * The agreements feature owns cooperation agreements: parties, signatories, directions, status.
 * (Reads for now; writes, documents and roadmaps of obligations come with the agreements module.)
 */
import type { Agreement } from '../../../shared/contracts/agreements';
import type { Database } from '../../db/client';
import type { agreements } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { toDirectionRef, toOrganizationSummary } from '../registry/registry.mappers';
import { agreementReadScope } from './agreements.policy';
import * as repo from './agreements.repo';

type AgreementRow = typeof agreements.$inferSelect;

async function withDetails(db: Database, rows: AgreementRow[]): Promise<Agreement[]> {
  const details = await repo.loadAgreementDetails(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    kind: row.kind as Agreement['kind'],
    title: { ru: row.titleRu, en: row.titleEn, zh: row.titleZh },
    summary: { ru: row.summaryRu, en: row.summaryEn, zh: row.summaryZh },
    signedOn: row.signedOn,
    place: { ru: row.placeRu, en: row.placeEn, zh: row.placeZh },
    occasion: { ru: row.occasionRu, en: row.occasionEn, zh: row.occasionZh },
    status: row.status as Agreement['status'],
    validFrom: row.validFrom,
    validTo: row.validTo,
    confidential: row.confidential,
    parties: details.parties
      .filter((p) => p.agreementId === row.id)
      .map((p) => ({ organization: toOrganizationSummary(p.organization), role: p.role as Agreement['parties'][number]['role'] })),
    signatories: details.signatories
      .filter((s) => s.agreementId === row.id)
      .map((s) => ({
        personId: s.person.id,
        fullName: { ru: s.person.fullNameRu, en: s.person.fullNameEn, zh: s.person.fullNameZh },
        position: { ru: s.person.positionRu, en: s.person.positionEn, zh: s.person.positionZh },
        partyOrganizationId: s.partyOrganizationId,
      })),
    directions: details.directionRows.filter((d) => d.agreementId === row.id).map((d) => toDirectionRef(d.direction)),
  }));
}

export function createAgreementsService({ db }: { db: Database }) {
  return {
    async list(filter: repo.AgreementFilter, context: RequestContext) {
      const { rows, total } = await repo.listAgreements(db, agreementReadScope(context.actor), filter);
      return { items: await withDetails(db, rows), page: filter.page, pageSize: filter.pageSize, total };
    },

    async get(id: string, context: RequestContext) {
      const row = await repo.findAgreement(db, agreementReadScope(context.actor), id);
      if (!row) throw notFound('agreement', id);
      const [agreement] = await withDetails(db, [row]);
      return agreement!;
    },

    countActive: (context: RequestContext) => repo.countActiveAgreements(db, agreementReadScope(context.actor)),
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
