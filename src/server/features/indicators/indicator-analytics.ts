import type { DirectionOfGood, IndicatorStatus } from '../../../shared/domain';

/**
 * The arithmetic of an indicator against its targets: progress, deviation from plan, two forecasts
 * to the final target year, the pace still required, and a status. Pure functions of yearly values;
 * decision 019 explains the choices. Only complete years of confirmed values come in here.
 */
export type YearPoint = { year: number; value: number };

export type AnalyticsInput = {
  baseYear: number | null;
  baseValue: number | null;
  /** Yearly targets. */
  targets: YearPoint[];
  /** Yearly actual values of complete years, confirmed. */
  actuals: YearPoint[];
  directionOfGood: DirectionOfGood;
};

/** A forecast that falls short of the target by no more than this share of it is "at risk", not "off track". */
export const statusTolerance = 0.05;

export type Forecast = {
  method: 'linear' | 'cagr';
  /** Linear: the yearly increment of the fitted line. CAGR: the yearly growth rate as a fraction. */
  rate: number;
  valueAtTargetYear: number;
  series: YearPoint[];
};

export type StatusReason =
  | 'all_forecasts_reach'
  | 'some_forecasts_reach'
  | 'within_tolerance'
  | 'no_forecast_reaches'
  | 'target_met'
  | 'target_missed'
  | 'too_few_values'
  | 'no_target';

export type Analytics = {
  finalTarget: YearPoint | null;
  nextTarget: YearPoint | null;
  latestActual: YearPoint | null;
  progressToFinalPercent: number | null;
  progressToNextPercent: number | null;
  /** The plan for the latest actual's year: its target, or the straight line between the points around it. */
  plannedForLatestYear: number | null;
  deviation: number | null;
  deviationPercent: number | null;
  forecasts: Forecast[];
  /** Per year after the latest actual: the lower and the higher of the forecasts. */
  forecastBand: { year: number; low: number; high: number }[];
  requiredPace: { fromYear: number; toYear: number; absolutePerYear: number; ratePerYear: number | null; achievedRatePerYear: number | null } | null;
  status: IndicatorStatus;
  statusReason: StatusReason;
};

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** The trajectory is the base point and the targets; between them the plan is a straight line. */
export function plannedValue(input: Pick<AnalyticsInput, 'baseYear' | 'baseValue' | 'targets'>, year: number): number | null {
  const points = [...(input.baseYear !== null && input.baseValue !== null ? [{ year: input.baseYear, value: input.baseValue }] : []), ...input.targets]
    .sort((a, b) => a.year - b.year);
  const exact = points.find((p) => p.year === year);
  if (exact) return exact.value;
  const before = points.filter((p) => p.year < year).at(-1);
  const after = points.find((p) => p.year > year);
  if (!before || !after) return null;
  return before.value + ((after.value - before.value) * (year - before.year)) / (after.year - before.year);
}

/** Ordinary least squares over the years: value = intercept + slope × year. */
export function linearTrend(points: YearPoint[]): { slope: number; intercept: number } | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.year, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  const sxx = points.reduce((s, p) => s + (p.year - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((s, p) => s + (p.year - meanX) * (p.value - meanY), 0) / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** Compound yearly growth from the first to the last point; needs both positive. */
export function compoundGrowthRate(first: YearPoint, last: YearPoint): number | null {
  if (last.year <= first.year || first.value <= 0 || last.value <= 0) return null;
  return (last.value / first.value) ** (1 / (last.year - first.year)) - 1;
}

function reaches(value: number, target: number, direction: DirectionOfGood): boolean {
  if (direction === 'increase') return value >= target;
  if (direction === 'decrease') return value <= target;
  return Math.abs(value - target) <= statusTolerance * Math.abs(target);
}

/** The series the forecasts start from: the actuals, with the base in front when its year has no actual. */
function historyOf(input: AnalyticsInput): YearPoint[] {
  const actuals = [...input.actuals].sort((a, b) => a.year - b.year);
  const hasBase = input.baseYear !== null && input.baseValue !== null;
  if (hasBase && !actuals.some((a) => a.year === input.baseYear) && (actuals[0]?.year ?? Infinity) > input.baseYear!) {
    return [{ year: input.baseYear!, value: input.baseValue! }, ...actuals];
  }
  return actuals;
}

function progress(from: number | null, to: number, value: number): number | null {
  if (from === null || to === from) return null;
  return round(((value - from) / (to - from)) * 100, 1);
}

export function analyzeIndicator(input: AnalyticsInput): Analytics {
  const targets = [...input.targets].sort((a, b) => a.year - b.year);
  const history = historyOf(input);
  const finalTarget = targets.at(-1) ?? null;
  const latestActual = input.actuals.length ? [...input.actuals].sort((a, b) => a.year - b.year).at(-1)! : null;
  const nextTarget = latestActual ? targets.find((t) => t.year > latestActual.year) ?? null : targets[0] ?? null;
  const result: Analytics = {
    finalTarget, nextTarget, latestActual,
    progressToFinalPercent: null, progressToNextPercent: null, plannedForLatestYear: null, deviation: null, deviationPercent: null,
    forecasts: [], forecastBand: [], requiredPace: null, status: 'no_data', statusReason: finalTarget ? 'too_few_values' : 'no_target',
  };
  if (!latestActual) return result;

  result.progressToFinalPercent = finalTarget ? progress(input.baseValue, finalTarget.value, latestActual.value) : null;
  result.progressToNextPercent = nextTarget ? progress(input.baseValue, nextTarget.value, latestActual.value) : null;
  const planned = plannedValue({ ...input, targets }, latestActual.year);
  if (planned !== null) {
    result.plannedForLatestYear = planned;
    result.deviation = latestActual.value - planned;
    result.deviationPercent = planned === 0 ? null : round(((latestActual.value - planned) / Math.abs(planned)) * 100, 1);
  }
  if (!finalTarget) return result;

  // The target year is behind us: its own actual decides.
  if (finalTarget.year <= latestActual.year) {
    const atTargetYear = input.actuals.find((a) => a.year === finalTarget.year) ?? latestActual;
    const met = reaches(atTargetYear.value, finalTarget.value, input.directionOfGood);
    return { ...result, status: met ? 'on_track' : 'off_track', statusReason: met ? 'target_met' : 'target_missed' };
  }

  const first = history[0]!;
  const years = Array.from({ length: finalTarget.year - latestActual.year }, (_, i) => latestActual.year + 1 + i);
  const trend = linearTrend(history);
  if (trend) {
    result.forecasts.push({
      method: 'linear', rate: trend.slope,
      valueAtTargetYear: trend.intercept + trend.slope * finalTarget.year,
      series: years.map((year) => ({ year, value: trend.intercept + trend.slope * year })),
    });
  }
  const growth = compoundGrowthRate(first, latestActual);
  if (growth !== null) {
    const at = (year: number) => latestActual.value * (1 + growth) ** (year - latestActual.year);
    result.forecasts.push({ method: 'cagr', rate: growth, valueAtTargetYear: at(finalTarget.year), series: years.map((year) => ({ year, value: at(year) })) });
  }
  result.forecastBand = years.map((year, i) => {
    const values = result.forecasts.map((f) => f.series[i]!.value);
    return { year, low: Math.min(...values), high: Math.max(...values) };
  }).filter((b) => Number.isFinite(b.low));

  const yearsLeft = finalTarget.year - latestActual.year;
  result.requiredPace = {
    fromYear: latestActual.year,
    toYear: finalTarget.year,
    absolutePerYear: (finalTarget.value - latestActual.value) / yearsLeft,
    ratePerYear: finalTarget.value > 0 && latestActual.value > 0 ? (finalTarget.value / latestActual.value) ** (1 / yearsLeft) - 1 : null,
    achievedRatePerYear: growth,
  };

  if (result.forecasts.length === 0) return result;
  const outcomes = result.forecasts.map((f) => reaches(f.valueAtTargetYear, finalTarget.value, input.directionOfGood));
  if (outcomes.every(Boolean)) return { ...result, status: 'on_track', statusReason: 'all_forecasts_reach' };
  if (outcomes.some(Boolean)) return { ...result, status: 'at_risk', statusReason: 'some_forecasts_reach' };
  const closest = Math.min(...result.forecasts.map((f) => Math.abs(f.valueAtTargetYear - finalTarget.value)));
  if (closest <= statusTolerance * Math.abs(finalTarget.value)) return { ...result, status: 'at_risk', statusReason: 'within_tolerance' };
  return { ...result, status: 'off_track', statusReason: 'no_forecast_reaches' };
}
