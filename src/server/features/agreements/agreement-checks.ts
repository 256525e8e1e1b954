/**
 * The rules an agreement's content must keep, checked before anything is written: dates in order,
 * each party once, signatories of the parties, the roadmap's responsible organizations among the
 * parties, known directions and related agreements.
 */
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../lib/errors';
import * as repo from './agreement-writes.repo';

export type AgreementState = {
  id?: string;
  status: string;
  signedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  parties: { organizationId: string; role: string }[];
  signatories: { personId: string; partyOrganizationId: string }[];
  directionIds: string[];
  relations: { agreementId: string; kind: string }[];
  obligations: { responsibleOrganizationId: string | null; startsOn: string | null; dueOn: string }[];
};

const outOfOrder = (field: string, mustNotBeBefore: string) => new AppError('DATES_OUT_OF_ORDER', { field, mustNotBeBefore });

export function checkObligationDates(obligation: { startsOn: string | null; dueOn: string }, signedOn: string | null, index?: number) {
  const field = (name: string) => (index === undefined ? name : `obligations.${index}.${name}`);
  if (obligation.startsOn && obligation.dueOn < obligation.startsOn) throw outOfOrder(field('dueOn'), 'startsOn');
  if (signedOn && obligation.dueOn < signedOn) throw outOfOrder(field('dueOn'), 'signedOn');
}

export async function checkAgreementState(tx: Executor, state: AgreementState) {
  if (state.validFrom && state.validTo && state.validTo < state.validFrom) throw outOfOrder('validTo', 'validFrom');
  if (state.signedOn && state.validTo && state.validTo < state.signedOn) throw outOfOrder('validTo', 'signedOn');
  if (state.status !== 'draft' && !state.signedOn) throw new AppError('SIGNED_ON_REQUIRED');

  const partyIds = state.parties.map((p) => p.organizationId);
  const twice = partyIds.find((id, index) => partyIds.indexOf(id) !== index);
  if (twice) throw new AppError('PARTY_TWICE', { organizationId: twice });
  const known = await repo.existingIds(tx, 'organizations', partyIds);
  const unknownParty = partyIds.find((id) => !known.has(id));
  if (unknownParty) throw notFound('organization', unknownParty);

  const persons = new Map((await repo.personsByIds(tx, state.signatories.map((s) => s.personId))).map((p) => [p.id, p]));
  for (const signatory of state.signatories) {
    const person = persons.get(signatory.personId);
    if (!person || person.erasedAt) throw notFound('person', signatory.personId);
    if (!partyIds.includes(signatory.partyOrganizationId) || person.organizationId !== signatory.partyOrganizationId) {
      throw new AppError('SIGNATORY_NOT_A_PARTY', { personId: signatory.personId });
    }
  }

  const directions = await repo.existingIds(tx, 'directions', state.directionIds);
  const unknownDirection = state.directionIds.find((id) => !directions.has(id));
  if (unknownDirection) throw new AppError('UNKNOWN_DIRECTION', { directionId: unknownDirection });

  if (state.id && state.relations.some((r) => r.agreementId === state.id)) throw new AppError('RELATION_TO_ITSELF');
  const related = await repo.existingIds(tx, 'agreements', state.relations.map((r) => r.agreementId));
  const unknownRelated = state.relations.find((r) => !related.has(r.agreementId));
  if (unknownRelated) throw notFound('agreement', unknownRelated.agreementId);

  state.obligations.forEach((obligation, index) => {
    checkObligationDates(obligation, state.signedOn, index);
    if (obligation.responsibleOrganizationId && !partyIds.includes(obligation.responsibleOrganizationId)) {
      throw new AppError('RESPONSIBLE_NOT_A_PARTY', { organizationId: obligation.responsibleOrganizationId });
    }
  });
}

/** Signatories named twice are one signatory. */
export const uniqueSignatories = <T extends { personId: string }>(signatories: T[]) =>
  signatories.filter((s, index) => signatories.findIndex((other) => other.personId === s.personId) === index);
