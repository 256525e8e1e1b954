/**
 * Turns indicator rows into what the API answers: yearly series made from the confirmed period
 * values (or a formula's values), the analytics, and the contributions of lower indicators, with
 * an organization's own figures hidden from those who may not see them.
 */
import type { Indicator, StrategicIndicator } from '../../../shared/contracts/indicators';
import { unitFactor, type DirectionOfGood, type IndicatorUnit, type PeriodKind } from '../../../shared/domain';
import type { ContributionPlan } from '../../db/schema/indicators';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { analyzeIndicator, statusTolerance } from './indicator-analytics';
import { evaluateFormula, formulaReferences, parseFormula } from './indicator-formula';
import { canSeeOrganizationFigures } from './indicators.policy';
import * as repo from './indicators.repo';
import type { YearValue } from './yearly-values';

type Yearly = YearValue & { source: string | null; isDemo: boolean };
type OrganizationName = { ru: string | null; en: string | null; zh: string | null };

/** Everything the views of a set of indicators need, loaded in a fixed number of queries. */
export type IndicatorData = {
  rows: repo.IndicatorRow[];
  yearlyOf: (indicatorId: string) => Yearly[];
  targetsOf: (indicatorId: string) => { year: number; value: number }[];
  hidden: (row: repo.IndicatorRow) => boolean;
  nameOf: (organizationId: string | null) => { id: string; name: OrganizationName } | null;
};

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function safeParse(formula: string) {
  try {
    return parseFormula(formula);
  } catch {
    return null;
  }
}

/**
 * `summaryOf` (parent ids): the rows are contributors whose views only feed those parents' summaries,
 * so only the years a summary shows are loaded (all of them for computed indicators).
 */
export async function loadIndicatorData(db: Executor, actor: Actor, rows: repo.IndicatorRow[], options: { targets?: boolean; summaryOf?: string[] } = {}): Promise<IndicatorData> {
  const formulaOf = new Map(rows.flatMap((row) => (row.formula ? [[row.id, safeParse(row.formula)] as const] : [])));
  const referenced = await repo.findIndicatorsByCodes(db, [...new Set([...formulaOf.values()].flatMap((tree) => (tree ? formulaReferences(tree) : [])))]);
  const given = new Set(rows.map((row) => row.id));
  const all = [...rows, ...referenced.filter((r) => !given.has(r.id))];
  const ids = all.map((r) => r.id);
  const [targets, yearlyRows, names, ecosystems] = await Promise.all([
    options.targets === false ? Promise.resolve([]) : repo.loadTargets(db, rows.map((r) => r.id)),
    options.summaryOf && formulaOf.size === 0 ? repo.loadSummaryYearlyValues(db, ids, options.summaryOf) : repo.loadYearlyValues(db, ids),
    repo.organizationNames(db, rows.flatMap((r) => (r.ownerOrganizationId ? [r.ownerOrganizationId] : []))),
    repo.ecosystemIdsOf(db, rows.filter((r) => r.level === 'organization' && r.ownerOrganizationId).map((r) => r.ownerOrganizationId!)),
  ]);

  const yearlyTargets = new Map<string, { year: number; value: number }[]>();
  for (const t of targets) if (t.periodKind === 'year') listIn(yearlyTargets, t.indicatorId).push({ year: t.year, value: t.value });
  const yearlyBy = new Map<string, Yearly[]>();
  for (const row of yearlyRows) listIn(yearlyBy, row.indicatorId).push({ ...row, periodKind: row.periodKind as PeriodKind });
  const byId = new Map(all.map((r) => [r.id, r]));
  const byCode = new Map(all.map((r) => [r.code, r]));
  const ownYearly = (row: repo.IndicatorRow): Yearly[] => yearlyBy.get(row.id) ?? [];
  const cache = new Map<string, Yearly[]>();
  const yearlyOf = (indicatorId: string): Yearly[] => {
    const cached = cache.get(indicatorId);
    if (cached) return cached;
    const row = byId.get(indicatorId);
    let result = row ? ownYearly(row) : [];
    const tree = formulaOf.get(indicatorId);
    if (row && result.length === 0 && tree) {
      // A computed indicator: its formula over the complete years of what it refers to (one level deep).
      const referencedYearly = new Map(formulaReferences(tree).map((code) => [code, byCode.get(code) ? ownYearly(byCode.get(code)!).filter((y) => y.complete) : []]));
      const years = [...new Set([...referencedYearly.values()].flat().map((y) => y.year))].sort();
      result = years.flatMap((year) => {
        const value = evaluateFormula(tree, (code) => referencedYearly.get(code)?.find((y) => y.year === year)?.value ?? null);
        return value === null ? [] : [{ year, value, complete: true, periodKind: 'year' as const, periods: 1, source: null, isDemo: false }];
      });
    }
    cache.set(indicatorId, result);
    return result;
  };

  return {
    rows,
    yearlyOf,
    targetsOf: (indicatorId) => yearlyTargets.get(indicatorId) ?? [],
    hidden: (row) => row.level === 'organization' && row.ownerOrganizationId !== null
      && !canSeeOrganizationFigures(actor, row.ownerOrganizationId, ecosystems.get(row.ownerOrganizationId) ?? []),
    nameOf: (organizationId) => (organizationId && names.get(organizationId) ? { id: organizationId, name: names.get(organizationId)! } : null),
  };
}

export function toIndicator(data: IndicatorData, row: repo.IndicatorRow): Indicator {
  const hidden = data.hidden(row);
  const yearly = hidden ? [] : data.yearlyOf(row.id);
  const complete = yearly.filter((y) => y.complete);
  const targets = data.targetsOf(row.id);
  const analytics = analyzeIndicator({
    baseYear: row.baseYear, baseValue: row.baseValue, targets, actuals: complete.map((y) => ({ year: y.year, value: y.value })),
    directionOfGood: row.directionOfGood as DirectionOfGood,
  });
  const toActual = (y: Yearly) => ({ year: y.year, value: y.value, source: y.source, isDemo: y.isDemo, complete: y.complete });
  const latest = complete.at(-1) ?? null;
  const partial = yearly.at(-1);
  const { finalTarget, latestActual: _latest, ...rest } = analytics;
  return {
    id: row.id,
    code: row.code,
    name: { ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
    description: { ru: row.descriptionRu, en: row.descriptionEn, zh: row.descriptionZh },
    unit: row.unit as Indicator['unit'],
    level: row.level as Indicator['level'],
    ownerOrganization: data.nameOf(row.ownerOrganizationId),
    ownerProjectId: row.ownerProjectId,
    directionOfGood: row.directionOfGood as Indicator['directionOfGood'],
    aggregation: row.aggregation as Indicator['aggregation'],
    calculationMethod: row.calculationMethod,
    formula: row.formula,
    dataSource: row.dataSource,
    responsible: row.responsible,
    directionId: row.directionId,
    ecosystemId: row.ecosystemId,
    baseValue: row.baseValue,
    baseYear: row.baseYear,
    targets,
    actuals: complete.map(toActual),
    finalTarget,
    latestActual: latest ? toActual(latest) : null,
    yearToDate: partial && !partial.complete && (!latest || partial.year > latest.year) ? toActual(partial) : null,
    progressPercent: analytics.progressToFinalPercent,
    analytics: { ...rest, tolerancePercent: statusTolerance * 100 },
    valuesHidden: hidden,
  };
}

type ContributionLink = Awaited<ReturnType<typeof repo.listContributionsTo>>[number];

/** The contributions to one parent, in the parent's unit, and what they leave uncovered of its final target. */
export function contributionsOf(parent: Indicator, links: ContributionLink[], childData: IndicatorData) {
  const parentTargets = new Map(parent.targets.map((t) => [t.year, t.value]));
  const contributions = links.map(({ contribution, child }) => {
    const factor = unitFactor(child.unit as IndicatorUnit, parent.unit) ?? 1;
    const hidden = childData.hidden(child);
    const yearly = hidden ? [] : childData.yearlyOf(child.id).filter((y) => y.complete);
    const plans = contribution.plans as ContributionPlan[];
    const years = [...new Set([...plans.map((p) => p.year), ...yearly.map((y) => y.year)])].sort();
    return {
      contributionId: contribution.id,
      indicator: {
        id: child.id, code: child.code, name: { ru: child.nameRu, en: child.nameEn, zh: child.nameZh },
        unit: child.unit as IndicatorUnit, level: child.level as Indicator['level'], ownerOrganization: childData.nameOf(child.ownerOrganizationId),
      },
      years: years.map((year) => {
        const plan = plans.find((p) => p.year === year);
        const target = parentTargets.get(year);
        const planned = plan?.value ?? (plan?.share !== null && plan?.share !== undefined && target !== undefined ? plan.share * target : null);
        const actual = yearly.find((y) => y.year === year)?.value;
        return { year, planned, actual: actual === undefined ? null : actual * factor };
      }),
      valuesHidden: hidden,
    };
  });
  const year = parent.finalTarget?.year ?? null;
  const plannedTotal = contributions.reduce((sum, c) => sum + (c.years.find((y) => y.year === year)?.planned ?? 0), 0);
  const actualYear = contributions.flatMap((c) => c.years.filter((y) => y.actual !== null).map((y) => y.year)).reduce<number | null>((max, y) => (max === null || y > max ? y : max), null);
  const actualTotal = contributions.reduce((sum, c) => sum + (c.years.find((y) => y.year === actualYear)?.actual ?? 0), 0);
  return {
    contributions,
    contributionSummary: {
      year, target: parent.finalTarget?.value ?? null, plannedTotal, actualTotal, actualYear,
      uncovered: parent.finalTarget ? parent.finalTarget.value - plannedTotal : null,
    },
  };
}

/** The dashboard draws this many contributors per target; the rest are summed into one "others" row. */
export const shownContributors = 10;

/**
 * A parent with its contributions as the dashboard shows them: the largest planned contributors
 * with only the summary's years (final target year, latest year with actuals), the others summed;
 * the indicator page has every contributor and every year.
 */
export function withContributions(parent: Indicator, links: ContributionLink[], childData: IndicatorData): StrategicIndicator {
  const { contributions, contributionSummary } = contributionsOf(parent, links.filter((l) => l.contribution.parentIndicatorId === parent.id), childData);
  const valueIn = (c: (typeof contributions)[number], year: number | null, key: 'planned' | 'actual') => c.years.find((y) => y.year === year)?.[key] ?? 0;
  const largestFirst = [...contributions].sort((a, b) =>
    valueIn(b, contributionSummary.year, 'planned') - valueIn(a, contributionSummary.year, 'planned')
    || valueIn(b, contributionSummary.actualYear, 'actual') - valueIn(a, contributionSummary.actualYear, 'actual')
    || a.indicator.code.localeCompare(b.indicator.code));
  const kept = new Set([contributionSummary.year, contributionSummary.actualYear]);
  const others = largestFirst.slice(shownContributors);
  return {
    ...parent,
    contributions: largestFirst.slice(0, shownContributors).map((c) => ({ ...c, years: c.years.filter((y) => kept.has(y.year)) })),
    otherContributions: others.length === 0 ? null : {
      count: others.length,
      planned: others.reduce((sum, c) => sum + valueIn(c, contributionSummary.year, 'planned'), 0),
      actual: others.reduce((sum, c) => sum + valueIn(c, contributionSummary.actualYear, 'actual'), 0),
    },
    contributionSummary,
  };
}
