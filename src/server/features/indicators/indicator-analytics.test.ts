import { describe, expect, it } from 'vitest';
import { analyzeIndicator, compoundGrowthRate, linearTrend, plannedValue } from './indicator-analytics';

// The figures below were worked out by hand (and checked with a calculator), not by this code.
const employment = {
  baseYear: 2023,
  baseValue: 46_200,
  targets: [{ year: 2025, value: 52_500 }, { year: 2030, value: 70_000 }],
  actuals: [{ year: 2023, value: 46_200 }, { year: 2024, value: 48_000 }, { year: 2025, value: 51_000 }],
  directionOfGood: 'increase' as const,
};

describe('analyzeIndicator: employment, 46,200 → 70,000 by 2030', () => {
  const result = analyzeIndicator(employment);

  it('fits the line through 2023–2025: +2,400 a year, 62,800 in 2030', () => {
    // mean year 2024, mean value 48,400; slope = (−1·−2,200 + 1·2,600) / 2 = 2,400
    const linear = result.forecasts.find((f) => f.method === 'linear')!;
    expect(linear.rate).toBeCloseTo(2_400, 9);
    // 2026: 48,400 + 2,400 × 2
    expect(linear.valueAtTargetYear).toBeCloseTo(62_800, 6);
    expect(linear.series[0]).toEqual({ year: 2026, value: expect.closeTo(53_200, 6) });
  });

  it('compounds 5.0665 % a year to 65,296.6 in 2030', () => {
    // (51,000 / 46,200)^(1/2) − 1 = 0.0506646…; 51,000 × 1.0506646^5 = 65,296.62
    const cagr = result.forecasts.find((f) => f.method === 'cagr')!;
    expect(cagr.rate).toBeCloseTo(0.0506646, 6);
    expect(cagr.valueAtTargetYear).toBeCloseTo(65_296.62, 1);
  });

  it('needs +3,800 a year, or 6.538 % a year, from 2025 to 2030', () => {
    // (70,000 − 51,000) / 5 = 3,800; (70,000 / 51,000)^(1/5) − 1 = 0.0653825…
    expect(result.requiredPace).toEqual({
      fromYear: 2025, toYear: 2030, absolutePerYear: 3_800,
      ratePerYear: expect.closeTo(0.0653825, 6), achievedRatePerYear: expect.closeTo(0.0506646, 6),
    });
  });

  it('is off track: the better forecast misses 70,000 by 6.7 %, more than the 5 % tolerance', () => {
    expect(result.status).toBe('off_track');
    expect(result.statusReason).toBe('no_forecast_reaches');
  });

  it('measures progress and deviation: 20.2 % of the way; 1,500 (2.9 %) behind the 2025 plan', () => {
    // (51,000 − 46,200) / (70,000 − 46,200) = 4,800 / 23,800 = 20.17 %
    expect(result.progressToFinalPercent).toBe(20.2);
    expect(result.nextTarget).toEqual({ year: 2030, value: 70_000 });
    expect(result.plannedForLatestYear).toBe(52_500);
    expect(result.deviation).toBe(-1_500);
    expect(result.deviationPercent).toBe(-2.9);
  });

  it('draws the band between the two forecasts', () => {
    expect(result.forecastBand).toHaveLength(5);
    expect(result.forecastBand[4]).toEqual({ year: 2030, low: expect.closeTo(62_800, 6), high: expect.closeTo(65_296.62, 1) });
  });
});

describe('analyzeIndicator: value added, 54 → 120 bn by 2030', () => {
  const result = analyzeIndicator({
    baseYear: 2023, baseValue: 54, directionOfGood: 'increase',
    targets: [{ year: 2030, value: 120 }],
    actuals: [{ year: 2024, value: 61 }, { year: 2025, value: 68 }],
  });

  it('takes the base as the first point when its year has no actual', () => {
    // points 54, 61, 68: slope 7, 2030 → 68 + 7·5 = 103; (68/54)^(1/2) − 1 = 12.2167 %, 68 × 1.122167^5 = 121.003
    expect(result.forecasts.map((f) => [f.method, f.valueAtTargetYear])).toEqual([
      ['linear', expect.closeTo(103, 9)],
      ['cagr', expect.closeTo(121.0032, 3)],
    ]);
  });

  it('is at risk: the compound forecast reaches the target, the linear one does not', () => {
    expect(result.status).toBe('at_risk');
    expect(result.statusReason).toBe('some_forecasts_reach');
    // (120 − 68) / 5 = 10.4 a year; (120/68)^(1/5) − 1 = 12.0300 %
    expect(result.requiredPace!.absolutePerYear).toBeCloseTo(10.4, 9);
    expect(result.requiredPace!.ratePerYear).toBeCloseTo(0.1203003, 6);
  });
});

describe('status rules', () => {
  const base = { baseYear: 2020, baseValue: 100, directionOfGood: 'increase' as const, targets: [{ year: 2030, value: 200 }] };

  it('is on track when both forecasts reach the target', () => {
    const result = analyzeIndicator({ ...base, actuals: [{ year: 2021, value: 120 }, { year: 2022, value: 140 }] });
    expect([result.status, result.statusReason]).toEqual(['on_track', 'all_forecasts_reach']);
  });

  it('uses the forecasts there are: no compound growth from zero', () => {
    // 0, 12, 24: linear 2030 = 24 + 12 × 8 = 120 ≥ 100
    const result = analyzeIndicator({ ...base, baseValue: 0, targets: [{ year: 2030, value: 100 }], actuals: [{ year: 2021, value: 12 }, { year: 2022, value: 24 }] });
    expect(result.forecasts.map((f) => f.method)).toEqual(['linear']);
    expect(result.status).toBe('on_track');
  });

  it('is at risk when the closer forecast falls short by no more than 5 %', () => {
    // 0, 9.6, 19.2: linear 2030 = 19.2 + 9.6 × 8 = 96, 4 % short of 100
    const short = analyzeIndicator({ ...base, baseValue: 0, targets: [{ year: 2030, value: 100 }], actuals: [{ year: 2021, value: 9.6 }, { year: 2022, value: 19.2 }] });
    expect([short.status, short.statusReason]).toEqual(['at_risk', 'within_tolerance']);
    // 0, 9.4, 18.8: linear 2030 = 94, 6 % short
    const shorter = analyzeIndicator({ ...base, baseValue: 0, targets: [{ year: 2030, value: 100 }], actuals: [{ year: 2021, value: 9.4 }, { year: 2022, value: 18.8 }] });
    expect([shorter.status, shorter.statusReason]).toEqual(['off_track', 'no_forecast_reaches']);
  });

  it('judges a decreasing indicator the other way round', () => {
    const result = analyzeIndicator({ baseYear: 2020, baseValue: 100, directionOfGood: 'decrease', targets: [{ year: 2025, value: 50 }], actuals: [{ year: 2021, value: 90 }, { year: 2022, value: 80 }] });
    // linear: 80 − 10·3 = 50 reaches; CAGR 0.8944 a year → 80 × 0.8944^3 = 57.2 misses
    expect([result.status, result.statusReason]).toEqual(['at_risk', 'some_forecasts_reach']);
    expect(result.progressToFinalPercent).toBe(40);
  });

  it('decides by the actual once the target year is over, and has no status without two values', () => {
    expect(analyzeIndicator({ ...base, targets: [{ year: 2022, value: 130 }], actuals: [{ year: 2022, value: 131 }] }).statusReason).toBe('target_met');
    expect(analyzeIndicator({ ...base, targets: [{ year: 2022, value: 130 }], actuals: [{ year: 2022, value: 129 }] }).status).toBe('off_track');
    const lonely = analyzeIndicator({ ...base, baseYear: null, baseValue: null, actuals: [{ year: 2022, value: 129 }] });
    expect([lonely.status, lonely.statusReason, lonely.forecasts]).toEqual(['no_data', 'too_few_values', []]);
    expect(analyzeIndicator({ ...base, targets: [], actuals: [] }).statusReason).toBe('no_target');
  });
});

describe('building blocks', () => {
  it('interpolates the plan between the base and the targets', () => {
    expect(plannedValue(employment, 2024)).toBe(49_350);
    expect(plannedValue(employment, 2027)).toBe(59_500);
    expect(plannedValue(employment, 2031)).toBeNull();
  });

  it('refuses a trend or a growth rate it cannot compute', () => {
    expect(linearTrend([{ year: 2024, value: 1 }])).toBeNull();
    expect(compoundGrowthRate({ year: 2024, value: 0 }, { year: 2025, value: 5 })).toBeNull();
    expect(compoundGrowthRate({ year: 2024, value: 100 }, { year: 2026, value: 121 })).toBeCloseTo(0.1, 12);
  });
});
