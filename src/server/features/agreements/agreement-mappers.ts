import type { Agreement, AgreementRef, Obligation } from '../../../shared/contracts/agreements';
import { agreementHealth, isOverdue } from '../../../shared/agreement-health';
import type { Actor } from '../../lib/actor';
import type { Executor } from '../../db/client';
import type { agreementObligations } from '../../db/schema/index';
import { toDirectionRef, toOrganizationSummary } from '../registry/registry.mappers';
import { canReadAgreementDetails, type AgreementReadScope } from './agreements.policy';
import * as repo from './agreements.repo';

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

type RefRow = { id: string; number: string | null; titleRu: string | null; titleEn: string | null; titleZh: string | null; status: string };
export const toAgreementRef = (row: RefRow): AgreementRef => ({
  id: row.id, number: row.number, title: { ru: row.titleRu, en: row.titleEn, zh: row.titleZh }, status: row.status as AgreementRef['status'],
});

/** Agreements with their details, loaded in a handful of queries whatever the number of rows. */
export async function withDetails(db: Executor, actor: Actor, scope: AgreementReadScope, rows: repo.AgreementRow[], today: string): Promise<Agreement[]> {
  const details = await repo.loadAgreementDetails(db, rows.map((r) => r.id));
  const full = canReadAgreementDetails(actor);
  const relatedIds = details.relations.flatMap((r) => [r.agreementId, r.relatedAgreementId]);
  const refs = new Map((full ? await repo.listAgreementRefs(db, scope, [...new Set(relatedIds)]) : []).map((r) => [r.id, toAgreementRef(r)]));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    kind: row.kind as Agreement['kind'],
    title: { ru: row.titleRu, en: row.titleEn, zh: row.titleZh },
    summary: { ru: row.summaryRu, en: row.summaryEn, zh: row.summaryZh },
    goals: full ? { ru: row.goalsRu, en: row.goalsEn, zh: row.goalsZh } : { ru: null, en: null, zh: null },
    signedOn: row.signedOn,
    place: { ru: row.placeRu, en: row.placeEn, zh: row.placeZh },
    occasion: { ru: row.occasionRu, en: row.occasionEn, zh: row.occasionZh },
    status: row.status as Agreement['status'],
    validFrom: row.validFrom,
    validTo: row.validTo,
    autoRenewal: row.autoRenewal,
    terminationReason: full ? row.terminationReason : null,
    terminatedOn: row.terminatedOn,
    confidential: row.confidential,
    parties: details.parties
      .filter((p) => p.agreementId === row.id)
      .map((p) => ({ organization: toOrganizationSummary(p.organization), role: p.role as Agreement['parties'][number]['role'] })),
    signatories: !full ? [] : details.signatories
      .filter((s) => s.agreementId === row.id)
      .map((s) => ({
        personId: s.person.id,
        fullName: { ru: s.person.fullNameRu, en: s.person.fullNameEn, zh: s.person.fullNameZh },
        position: { ru: s.person.positionRu, en: s.person.positionEn, zh: s.person.positionZh },
        partyOrganizationId: s.partyOrganizationId,
      })),
    directions: details.directionRows.filter((d) => d.agreementId === row.id).map((d) => toDirectionRef(d.direction)),
    relations: details.relations.flatMap((r) => {
      const outgoing = r.agreementId === row.id;
      if (!outgoing && r.relatedAgreementId !== row.id) return [];
      const other = refs.get(outgoing ? r.relatedAgreementId : r.agreementId);
      return other ? [{ kind: r.kind as Agreement['relations'][number]['kind'], direction: outgoing ? 'outgoing' as const : 'incoming' as const, agreement: other }] : [];
    }),
    health: full ? agreementHealth(details.obligations.filter((o) => o.agreementId === row.id), today) : null,
  }));
}

type ObligationRow = typeof agreementObligations.$inferSelect;
export type ObligationWithLinks = {
  obligation: ObligationRow;
  responsible: Parameters<typeof toOrganizationSummary>[0] | null;
};

export function toObligation(row: ObligationWithLinks, comments: Obligation['comments'], today: string, canReport = false): Obligation {
  const o = row.obligation;
  return {
    id: o.id,
    agreementId: o.agreementId,
    position: o.position,
    text: { ru: o.textRu, en: o.textEn, zh: o.textZh },
    responsibleOrganization: row.responsible ? toOrganizationSummary(row.responsible) : null,
    startsOn: o.startsOn,
    dueOn: o.dueOn,
    status: isOverdue(o, today) ? 'overdue' : (o.status as Obligation['storedStatus']),
    storedStatus: o.status as Obligation['storedStatus'],
    doneOn: o.doneOn,
    evidenceUrl: o.evidenceUrl,
    evidenceDocumentId: o.evidenceDocumentId,
    evidenceNote: o.evidenceNote,
    comments,
    canReport,
  };
}
