/**
 * The indicators feature owns indicators at every level — regional strategic targets first —
 * with their yearly targets and actuals. (Reads and progress for now; forecasts, contributions
 * and reporting come with the indicators module.)
 */
import type { Indicator } from '../../../shared/contracts/indicators';
import type { Database } from '../../db/client';
import type { indicators } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { summarizeProgress } from './indicator-progress';
import { readableIndicatorLevels } from './indicators.policy';
import * as repo from './indicators.repo';

type IndicatorRow = typeof indicators.$inferSelect;

async function withSeries(db: Database, rows: IndicatorRow[]): Promise<Indicator[]> {
  const series = await repo.loadSeries(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const targets = series.targets.filter((t) => t.indicatorId === row.id).map((t) => ({ year: t.year, value: t.value }));
    const actuals = series.actuals
      .filter((a) => a.indicatorId === row.id)
      .map((a) => ({ year: a.year, value: a.value, source: a.source, isDemo: a.isDemo }));
    return {
      id: row.id,
      code: row.code,
      name: { ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
      unit: row.unit as Indicator['unit'],
      level: row.level as Indicator['level'],
      directionOfGood: row.directionOfGood as Indicator['directionOfGood'],
      baseValue: row.baseValue,
      baseYear: row.baseYear,
      targets,
      actuals,
      ...summarizeProgress(row.baseValue, targets, actuals),
    };
  });
}

export function createIndicatorsService({ db }: { db: Database }) {
  return {
    async list(filter: repo.IndicatorFilter, context: RequestContext) {
      const { rows, total } = await repo.listIndicators(db, readableIndicatorLevels(context.actor), filter);
      return { items: await withSeries(db, rows), page: filter.page, pageSize: filter.pageSize, total };
    },

    async get(id: string, context: RequestContext) {
      const row = await repo.findIndicator(db, readableIndicatorLevels(context.actor), id);
      if (!row) throw notFound('indicator', id);
      return (await withSeries(db, [row]))[0]!;
    },
  };
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
