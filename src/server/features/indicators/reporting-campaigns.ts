/**
 * Reporting campaigns: the center says which organizations owe which indicators for which period
 * and by when; each organization sees what it owes; the campaign counts what came in.
 */
import type { Obligation, ReportingCampaign, ReportingCampaignInput, UpdateReportingCampaignInput } from '../../../shared/contracts/indicators';
import { periodsPerYear } from '../../../shared/domain';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { canManageCampaigns, canReadCampaigns } from './indicators.policy';
import * as indicatorsRepo from './indicators.repo';
import * as repo from './reporting.repo';

type CampaignSummaryRow = Awaited<ReturnType<typeof repo.listCampaigns>>[number];

function toCampaign(row: CampaignSummaryRow): ReportingCampaign {
  const owed = row.indicatorCount * row.organizationCount;
  return {
    id: row.campaign.id, title: row.campaign.title, year: row.campaign.year, periodKind: row.campaign.periodKind as ReportingCampaign['periodKind'],
    periodIndex: row.campaign.periodIndex, dueOn: row.campaign.dueOn, status: row.campaign.status as ReportingCampaign['status'],
    indicatorCount: row.indicatorCount, organizationCount: row.organizationCount, owed, reported: row.reported, confirmed: row.confirmed,
    completionPercent: owed === 0 ? 0 : Math.round((row.reported / owed) * 1000) / 10,
  };
}

function toObligations(rows: Awaited<ReturnType<typeof repo.listObligations>>, today: string): Obligation[] {
  return rows.map(({ campaign, organization, indicator, actual }) => ({
    campaignId: campaign.id, campaignTitle: campaign.title, dueOn: campaign.dueOn,
    overdue: campaign.dueOn < today && (!actual || actual.status === 'draft'),
    year: campaign.year, periodKind: campaign.periodKind as Obligation['periodKind'], periodIndex: campaign.periodIndex,
    organization: { id: organization.id, name: { ru: organization.ru, en: organization.en, zh: organization.zh } },
    indicator: { id: indicator.id, code: indicator.code, name: { ru: indicator.ru, en: indicator.en, zh: indicator.zh }, unit: indicator.unit as Obligation['indicator']['unit'] },
    actual: actual ? { id: actual.id, value: actual.value, status: actual.status as 'draft' } : null,
  }));
}

export function createReportingService({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => clock.now().toISOString().slice(0, 10);
  return {
    async list(context: RequestContext) {
      authorize(context.actor, canReadCampaigns(context.actor));
      return { items: (await repo.listCampaigns(db)).map(toCampaign) };
    },

    async get(id: string, context: RequestContext) {
      authorize(context.actor, canManageCampaigns(context.actor));
      const [row] = await repo.listCampaigns(db, [id]);
      if (!row) throw notFound('reporting_campaign', id);
      return { ...toCampaign(row), obligations: toObligations(await repo.listObligations(db, { campaignIds: [id], openOnly: false }), today()) };
    },

    async create(input: ReportingCampaignInput, context: RequestContext) {
      const actor = requireUser(context.actor);
      authorize(actor, canManageCampaigns(actor));
      const indexOk = input.periodKind === 'year' ? input.periodIndex === 0 : input.periodIndex >= 1 && input.periodIndex <= periodsPerYear[input.periodKind];
      if (!indexOk) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'periodIndex', issue: 'invalid_value' }] });
      return db.transaction(async (tx) => {
        const found = await indicatorsRepo.findIndicatorsByIds(tx, input.indicatorIds);
        if (found.length !== new Set(input.indicatorIds).size) throw notFound('indicator');
        if ((await repo.countExistingOrganizations(tx, [...input.organizationIds, ...input.ecosystemIds])) !== new Set([...input.organizationIds, ...input.ecosystemIds]).size) throw notFound('organization');
        const organizationIds = [...new Set([...input.organizationIds, ...(await repo.currentResidentsOf(tx, input.ecosystemIds, today()))])];
        if (organizationIds.length === 0) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'ecosystemIds', issue: 'too_small' }] });
        const row = await repo.insertCampaign(tx, {
          title: input.title, year: input.year, periodKind: input.periodKind, periodIndex: input.periodIndex, dueOn: input.dueOn, createdByUserId: actor.id,
        }, input.indicatorIds, organizationIds);
        await recordAudit(tx, context, { action: 'create', entityType: 'reporting_campaign', entityId: row.id, after: { ...input, organizationIds } });
        const [summary] = await repo.listCampaigns(tx, [row.id]);
        return toCampaign(summary!);
      });
    },

    /** Closes or reopens a campaign, or moves its due date. */
    async update(id: string, input: UpdateReportingCampaignInput, context: RequestContext) {
      authorize(context.actor, canManageCampaigns(context.actor));
      return db.transaction(async (tx) => {
        const before = await repo.findCampaign(tx, id);
        if (!before) throw notFound('reporting_campaign', id);
        const after = await repo.updateCampaign(tx, id, { ...(input.status ? { status: input.status } : {}), ...(input.dueOn ? { dueOn: input.dueOn } : {}) });
        await recordAudit(tx, context, {
          action: input.status && input.status !== before.status ? (input.status === 'closed' ? 'close' : 'reopen') : 'update',
          entityType: 'reporting_campaign', entityId: id,
          before: { status: before.status, dueOn: before.dueOn }, after: { status: after!.status, dueOn: after!.dueOn },
        });
        const [summary] = await repo.listCampaigns(tx, [id]);
        return toCampaign(summary!);
      });
    },

    /** What the caller's organizations owe in open campaigns: the reminders of the dashboard. */
    async myObligations(context: RequestContext) {
      const actor = requireUser(context.actor);
      const rows = await repo.listObligations(db, { organizationIds: actor.memberOrganizationIds, openOnly: true });
      return { items: toObligations(rows, today()) };
    },
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
