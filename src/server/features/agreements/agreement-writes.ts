/**
 * Creating and editing agreements and moving them through their lifecycle: each write in one
 * transaction, checks first, the audit entry last, so a refused write changes nothing.
 */
import { agreementTransitions, type AgreementStatus } from '../../../shared/domain';
import type { ChangeAgreementStatusInput, CreateAgreementInput, UpdateAgreementInput } from '../../../shared/contracts/agreements';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { checkAgreementState, uniqueSignatories, type AgreementState } from './agreement-checks';
import { todayOf } from './agreement-mappers';
import { canManageAgreements } from './agreements.policy';
import { findAgreementById } from './agreements.repo';
import { requireReadableAgreement } from './agreement-access';
import * as repo from './agreement-writes.repo';

type Fields = Omit<UpdateAgreementInput, 'parties' | 'signatories' | 'directionIds' | 'relations'>;

function columnsOf(input: Fields): Partial<repo.AgreementValues> {
  const values: Partial<repo.AgreementValues> = {};
  const localized = { title: 'title', summary: 'summary', goals: 'goals', place: 'place', occasion: 'occasion' } as const;
  for (const [key, prefix] of Object.entries(localized)) {
    const value = input[key as keyof typeof localized];
    if (value) Object.assign(values, { [`${prefix}Ru`]: value.ru, [`${prefix}En`]: value.en, [`${prefix}Zh`]: value.zh });
  }
  for (const key of ['number', 'kind', 'signedOn', 'validFrom', 'validTo', 'autoRenewal', 'confidential'] as const) {
    if (input[key] !== undefined) Object.assign(values, { [key]: input[key] });
  }
  return values;
}

/** The agreement with its links as one audited record: history shows parties and signatories changing too. */
export async function auditedAgreement(tx: Executor, id: string) {
  const row = await findAgreementById(tx, id);
  if (!row) return null;
  const { createdAt: _created, updatedAt: _updated, ...fields } = row;
  return {
    ...fields,
    parties: (await repo.listParties(tx, id)).map((p) => `${p.organizationId}:${p.role}`).sort(),
    signatories: (await repo.listSignatories(tx, id)).map((s) => s.personId).sort(),
    directionIds: (await repo.listDirectionIds(tx, id)).sort(),
    relations: (await repo.listRelations(tx, id)).map((r) => `${r.kind}:${r.agreementId}`).sort(),
  };
}

export function createAgreementWrites({ db, clock }: { db: Database; clock: Clock }) {
  return {
    async create(input: CreateAgreementInput, context: RequestContext): Promise<string> {
      authorize(context.actor, canManageAgreements(context.actor));
      const signatories = uniqueSignatories(input.signatories);
      const directionIds = [...new Set(input.directionIds)];
      return db.transaction(async (tx) => {
        await checkAgreementState(tx, { ...input, signatories, directionIds });
        const row = await repo.insertAgreement(tx, { ...(columnsOf(input) as repo.AgreementValues), status: input.status });
        await repo.replaceParties(tx, row.id, input.parties);
        await repo.replaceSignatories(tx, row.id, signatories);
        await repo.replaceDirections(tx, row.id, directionIds);
        await repo.replaceRelations(tx, row.id, input.relations);
        await repo.insertObligations(tx, input.obligations.map((o, position) => ({
          agreementId: row.id, position, textRu: o.text.ru, textEn: o.text.en, textZh: o.text.zh,
          responsibleOrganizationId: o.responsibleOrganizationId, startsOn: o.startsOn, dueOn: o.dueOn,
        })));
        await recordAudit(tx, context, { action: 'create', entityType: 'agreement', entityId: row.id, before: null, after: { ...(await auditedAgreement(tx, row.id)), obligations: input.obligations.length } });
        return row.id;
      });
    },

    async update(id: string, input: UpdateAgreementInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const existing = await requireReadableAgreement(tx, context, id);
        authorize(context.actor, canManageAgreements(context.actor));
        const { parties, signatories, directionIds, relations, ...fields } = input;
        const columns = columnsOf(fields);
        const merged = { ...existing, ...columns };
        const state: AgreementState = {
          id,
          // Older rows may lack the date; only clearing it on a signed agreement is refused.
          status: fields.signedOn === null ? existing.status : 'draft',
          signedOn: merged.signedOn ?? null,
          validFrom: merged.validFrom ?? null,
          validTo: merged.validTo ?? null,
          parties: parties ?? await repo.listParties(tx, id),
          signatories: uniqueSignatories(signatories ?? await repo.listSignatories(tx, id)),
          directionIds: [...new Set(directionIds ?? await repo.listDirectionIds(tx, id))],
          relations: relations ?? await repo.listRelations(tx, id),
          obligations: (await repo.listObligationRows(tx, id)).filter((o) => o.status !== 'cancelled'),
        };
        await checkAgreementState(tx, state);
        const before = await auditedAgreement(tx, id);
        await repo.updateAgreementRow(tx, id, { ...columns, updatedAt: clock.now() });
        if (parties) await repo.replaceParties(tx, id, state.parties);
        if (signatories || parties) await repo.replaceSignatories(tx, id, state.signatories);
        if (directionIds) await repo.replaceDirections(tx, id, state.directionIds);
        if (relations) await repo.replaceRelations(tx, id, state.relations);
        await recordAudit(tx, context, { action: 'update', entityType: 'agreement', entityId: id, before, after: await auditedAgreement(tx, id) });
      });
    },

    /** draft → signed → active → expired, or → terminated (with its reason) from signed or active. */
    async changeStatus(id: string, input: ChangeAgreementStatusInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const existing = await requireReadableAgreement(tx, context, id);
        authorize(context.actor, canManageAgreements(context.actor));
        const from = existing.status as AgreementStatus;
        if (!agreementTransitions[from].includes(input.status)) {
          throw new AppError('STATUS_TRANSITION_FORBIDDEN', { from, to: input.status, allowed: agreementTransitions[from] });
        }
        if (input.status === 'signed' && !existing.signedOn && !input.on) throw new AppError('SIGNED_ON_REQUIRED');
        const on = input.on ?? todayOf(clock.now());
        const values: Partial<repo.AgreementValues> = { status: input.status, updatedAt: clock.now() };
        if (input.status === 'signed' && !existing.signedOn) values.signedOn = on;
        if (input.status === 'terminated') {
          if (!input.reason) throw new AppError('TERMINATION_REASON_REQUIRED');
          if (existing.signedOn && on < existing.signedOn) throw new AppError('DATES_OUT_OF_ORDER', { field: 'on', mustNotBeBefore: 'signedOn' });
          Object.assign(values, { terminationReason: input.reason, terminatedOn: on });
        }
        const before = await auditedAgreement(tx, id);
        await repo.updateAgreementRow(tx, id, values);
        await recordAudit(tx, context, { action: 'status', entityType: 'agreement', entityId: id, before, after: await auditedAgreement(tx, id) });
      });
    },
  };
}
