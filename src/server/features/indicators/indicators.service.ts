/**
 * The indicators feature owns indicators at every level — regional strategic targets, programs,
 * projects, organizations' own figures — with their targets per year (and period), the figures
 * reported per period and their confirmation, the contributions of lower indicators to higher
 * ones, the analytics (progress, deviation, forecasts, required pace, status; see decision 019),
 * the strategic dashboard, reporting campaigns and the spreadsheet import of figures.
 */
import type { CreateContributionInput, Indicator, IndicatorDetail, IndicatorInput, ReportActualInput, StrategicDashboard, StrategicDashboardQuery, UpdateIndicatorInput } from '../../../shared/contracts/indicators';
import { indicatorStatuses, type IndicatorUnit } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
import type { indicators } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { toXlsx } from '../../lib/spreadsheet';
import { AppError, notFound } from '../../lib/errors';
import { actualsTable, importActuals } from './actuals-import';
import { confirmActual, listVisibleActuals, reportActual } from './indicator-actuals';
import { checkContribution, checkFormula, checkPercent, checkTargets } from './indicator-rules';
import { contributionsOf, loadIndicatorData, toIndicator, withContributions } from './indicator-views';
import { canConfirmSomeActuals, canManageIndicators, canReportFor, readableIndicatorLevels } from './indicators.policy';
import * as repo from './indicators.repo';
import { rebuildYearlyValues } from './yearly-rollup';
import { organizationsOwing } from './reporting.repo';

type Dependencies = { db: Database; clock: Clock };

function columnsOf(input: Partial<IndicatorInput>) {
  const has = (key: keyof IndicatorInput) => key in input && input[key] !== undefined;
  return {
    ...(has('code') ? { code: input.code } : {}),
    ...(input.name ? { nameRu: input.name.ru ?? null, nameEn: input.name.en ?? null, nameZh: input.name.zh ?? null } : {}),
    ...(input.description ? { descriptionRu: input.description.ru ?? null, descriptionEn: input.description.en ?? null, descriptionZh: input.description.zh ?? null } : {}),
    ...Object.fromEntries((['unit', 'level', 'ownerOrganizationId', 'ownerProjectId', 'directionOfGood', 'aggregation', 'calculationMethod', 'formula', 'dataSource', 'responsible', 'directionId', 'ecosystemId', 'baseValue', 'baseYear'] as const)
      .filter(has).map((key) => [key, input[key] ?? null])),
  };
}

export function createIndicatorsService({ db, clock }: Dependencies) {
  async function requireReadable(executor: Executor, id: string, context: RequestContext) {
    const row = await repo.findIndicator(executor, readableIndicatorLevels(context.actor), id);
    if (!row) throw notFound('indicator', id);
    return row;
  }

  /** Every rule a definition must keep, checked against the state it would have after the write. */
  async function checkDefinition(executor: Executor, next: repo.IndicatorRow | (Omit<repo.IndicatorRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }), targets: IndicatorInput['targets'] | null) {
    if (targets) checkTargets(next.baseYear, targets);
    checkPercent(next.unit as IndicatorUnit, [next.baseValue, ...(targets ?? []).map((t) => t.value)]);
    await checkFormula(executor, next.code, next.formula);
    const taken = (await repo.findIndicatorsByCodes(executor, [next.code]))[0];
    if (taken && taken.id !== next.id) throw new AppError('INDICATOR_CODE_TAKEN', { code: next.code });
    if (next.id) {
      // A unit change must still convert with every link the indicator has.
      const row = next as repo.IndicatorRow;
      for (const { child } of await repo.listContributionsTo(executor, [row.id])) await checkContribution(executor, row, child).catch(rethrowUnitOnly);
      for (const { parent } of await repo.listContributionsFrom(executor, row.id)) await checkContribution(executor, parent, row).catch(rethrowUnitOnly);
    }
  }

  async function detail(executor: Executor, row: repo.IndicatorRow, context: RequestContext): Promise<IndicatorDetail> {
    const data = await loadIndicatorData(executor, context.actor, [row]);
    const view = toIndicator(data, row);
    const [links, parents, periodTargets, owedBy, values] = await Promise.all([
      repo.listContributionsTo(executor, [row.id]),
      repo.listContributionsFrom(executor, row.id),
      repo.loadTargets(executor, [row.id]),
      organizationsOwing(executor, row.id),
      view.valuesHidden ? Promise.resolve([]) : listVisibleActuals(executor, row, context),
    ]);
    const childData = await loadIndicatorData(executor, context.actor, links.map((l) => l.child));
    const candidates = [...new Set([...(row.ownerOrganizationId ? [row.ownerOrganizationId] : []), ...owedBy,
      ...(context.actor.kind === 'user' ? context.actor.memberOrganizationIds : [])])];
    const reporting = candidates.filter((id) => canReportFor(context.actor, row, id, owedBy));
    const names = await repo.organizationNames(executor, reporting);
    const manage = canManageIndicators(context.actor);
    return {
      ...view,
      ...contributionsOf(view, links, childData),
      periodTargets: periodTargets.map((t) => ({ year: t.year, periodKind: t.periodKind as 'year', periodIndex: t.periodIndex, value: t.value })),
      values,
      contributesTo: parents.map(({ contribution, parent }) => ({ contributionId: contribution.id, id: parent.id, code: parent.code, name: { ru: parent.nameRu, en: parent.nameEn, zh: parent.nameZh } })),
      can: { edit: manage, report: manage || reporting.length > 0, confirm: canConfirmSomeActuals(context.actor) },
      reportingOrganizations: reporting.flatMap((id) => (names.get(id) ? [{ id, name: names.get(id)! }] : [])),
    };
  }

  return {
    async list(filter: repo.IndicatorFilter, context: RequestContext) {
      const { rows, total } = await repo.listIndicators(db, readableIndicatorLevels(context.actor), filter);
      const data = await loadIndicatorData(db, context.actor, rows);
      return { items: rows.map((row) => toIndicator(data, row)), page: filter.page, pageSize: filter.pageSize, total };
    },

    async get(id: string, context: RequestContext): Promise<IndicatorDetail> {
      return detail(db, await requireReadable(db, id, context), context);
    },

    async create(input: IndicatorInput, context: RequestContext): Promise<IndicatorDetail> {
      authorize(context.actor, canManageIndicators(context.actor));
      return db.transaction(async (tx) => {
        const values = { ...columnsOf(input), code: input.code, unit: input.unit, level: input.level } as typeof indicators.$inferInsert;
        await checkDefinition(tx, { ...nullRow(), ...values } as repo.IndicatorRow & { id?: string }, input.targets);
        const row = await repo.insertIndicator(tx, values);
        await repo.replaceTargets(tx, row.id, input.targets);
        await recordAudit(tx, context, { action: 'create', entityType: 'indicator', entityId: row.id, after: { ...values, targets: input.targets } });
        return detail(tx, row, context);
      });
    },

    async update(id: string, input: UpdateIndicatorInput, context: RequestContext): Promise<IndicatorDetail> {
      authorize(context.actor, canManageIndicators(context.actor));
      return db.transaction(async (tx) => {
        const before = await requireReadable(tx, id, context);
        const next = { ...before, ...columnsOf(input) } as repo.IndicatorRow;
        const targets = input.targets ?? (await repo.loadTargets(tx, [id])).map((t) => ({ year: t.year, periodKind: t.periodKind as 'year', periodIndex: t.periodIndex, value: t.value }));
        await checkDefinition(tx, next, targets);
        const row = await repo.updateIndicator(tx, id, { ...columnsOf(input), updatedAt: clock.now() });
        if (input.targets) await repo.replaceTargets(tx, id, input.targets);
        if (input.aggregation && input.aggregation !== before.aggregation) await rebuildYearlyValues(tx, [id]);
        await recordAudit(tx, context, { action: 'update', entityType: 'indicator', entityId: id, before, after: { ...row, ...(input.targets ? { targets: input.targets } : {}) } });
        return detail(tx, row, context);
      });
    },

    async addContribution(parentId: string, input: CreateContributionInput, context: RequestContext): Promise<IndicatorDetail> {
      authorize(context.actor, canManageIndicators(context.actor));
      return db.transaction(async (tx) => {
        const parent = await requireReadable(tx, parentId, context);
        const child = await requireReadable(tx, input.childIndicatorId, context);
        await checkContribution(tx, parent, child);
        const years = input.plans.map((p) => p.year);
        if (new Set(years).size !== years.length) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'plans', issue: 'invalid_value' }] });
        const row = await repo.insertContribution(tx, { parentIndicatorId: parent.id, childIndicatorId: child.id, plans: input.plans });
        await recordAudit(tx, context, { action: 'link', entityType: 'indicator_contribution', entityId: row.id, after: { parent: parent.code, child: child.code, plans: input.plans } });
        return detail(tx, parent, context);
      });
    },

    async deleteContribution(id: string, context: RequestContext): Promise<void> {
      authorize(context.actor, canManageIndicators(context.actor));
      await db.transaction(async (tx) => {
        const row = await repo.findContribution(tx, id);
        if (!row) throw notFound('indicator_contribution', id);
        await repo.deleteContribution(tx, id);
        await recordAudit(tx, context, { action: 'unlink', entityType: 'indicator_contribution', entityId: id, before: row });
      });
    },

    async report(indicatorId: string, input: ReportActualInput, context: RequestContext): Promise<IndicatorDetail> {
      requireUser(context.actor);
      return db.transaction(async (tx) => {
        const indicator = await requireReadable(tx, indicatorId, context);
        await reportActual(tx, indicator, input, context, clock.now());
        await rebuildYearlyValues(tx, [indicator.id], [input.year]);
        return detail(tx, indicator, context);
      });
    },

    async confirm(actualId: string, context: RequestContext): Promise<IndicatorDetail> {
      return db.transaction(async (tx) => {
        const row = await confirmActual(tx, actualId, context, clock.now());
        await rebuildYearlyValues(tx, [row.indicatorId], [row.year]);
        return detail(tx, (await repo.findIndicator(tx, 'all', row.indicatorId))!, context);
      });
    },

    /** The figures of one indicator as the import's spreadsheet. */
    async exportActuals(id: string, context: RequestContext) {
      const row = await requireReadable(db, id, context);
      const view = await detail(db, row, context);
      return { code: row.code, content: await toXlsx(await actualsTable(db, row, view.values), 'Values') };
    },

    async importActuals(content: Buffer, dryRun: boolean, context: RequestContext, language: Language) {
      return importActuals(db, clock, content, dryRun, context, language);
    },

    /** The region's targets with their contributions, and the program indicators, for the dashboard. */
    async strategic(query: StrategicDashboardQuery, context: RequestContext): Promise<StrategicDashboard> {
      authorize(context.actor, context.actor.kind === 'user');
      // The region's targets belong to no ecosystem: the ecosystem filter narrows their contributions and the programs.
      // Three waves of queries for the whole answer: the indicators and links; their data; nothing more.
      const [regional, programs, allLinks] = await Promise.all([
        repo.listIndicatorsOfLevel(db, 'regional', { directionId: query.directionId }),
        repo.listIndicatorsOfLevel(db, 'program', query),
        repo.listContributionsToLevel(db, 'regional'),
      ]);
      const regionalIds = new Set(regional.map((r) => r.id));
      let links = allLinks.filter((l) => regionalIds.has(l.contribution.parentIndicatorId));
      if (query.ecosystemId) {
        const kept = new Set(await repo.filterIdsByEcosystem(db, links.map((l) => l.child.id), query.ecosystemId));
        links = links.filter((l) => kept.has(l.child.id));
      }
      const contributors = [...new Map(links.map((l) => [l.child.id, l.child])).values()];
      const [data, childData] = await Promise.all([
        loadIndicatorData(db, context.actor, [...regional, ...programs]),
        // Of the contributors, the dashboard shows only the summary's years: the final target's and the latest with figures.
        loadIndicatorData(db, context.actor, contributors, { targets: false, summaryOf: regional.map((r) => r.id) }),
      ]);
      const targets = regional.map((row) => withContributions(toIndicator(data, row), links, childData));
      const allPrograms = programs.map((row) => toIndicator(data, row)).sort(byAttentionNeeded);
      const programIndicators = allPrograms.slice(0, query.programLimit ?? defaultProgramLimit);
      const statusCounts = Object.fromEntries(indicatorStatuses.map((s) => [s, [...targets, ...allPrograms].filter((i) => i.analytics.status === s).length])) as StrategicDashboard['statusCounts'];
      return { generatedAt: clock.now().toISOString(), targets, programIndicators, programTotal: allPrograms.length, statusCounts };
    },
  };
}

const defaultProgramLimit = 24;
const attentionOrder: Record<string, number> = { off_track: 0, at_risk: 1, no_data: 2, on_track: 3 };
/** Those that need attention first; within a status, by code. */
function byAttentionNeeded(a: Indicator, b: Indicator) {
  return (attentionOrder[a.analytics.status] ?? 9) - (attentionOrder[b.analytics.status] ?? 9) || a.code.localeCompare(b.code);
}

function rethrowUnitOnly(error: unknown): void {
  // Existing links were checked for cycles when made; only a unit that no longer converts matters here.
  if (error instanceof AppError && error.code === 'CONTRIBUTION_CYCLE') return;
  throw error;
}

function nullRow() {
  return {
    nameRu: null, nameEn: null, nameZh: null, descriptionRu: null, descriptionEn: null, descriptionZh: null, ownerOrganizationId: null, ownerProjectId: null,
    directionOfGood: 'increase', aggregation: 'sum', calculationMethod: null, formula: null, dataSource: null, responsible: null, directionId: null, ecosystemId: null,
    baseValue: null, baseYear: null,
  };
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
