import type { IndicatorUnit } from '../../shared/domain';
import { orgKeys } from './demo-world-types';
import type { Random } from './random';

/**
 * The two regional strategic targets of the brief: 70,000 people employed in the creative
 * industries and 120 billion rubles of their value added by 2030. The end points are the article's;
 * the base, the intermediate targets and every actual are demo values, marked `isDemo` with the
 * source "demo value", so that no one reads them as official statistics.
 */
export type IndicatorSeed = {
  code: string;
  nameRu: string;
  nameEn: string;
  nameZh: string;
  unit: IndicatorUnit;
  ownerOrganizationKey: string;
  baseYear: number;
  baseValue: number;
  targets: { year: number; value: number }[];
  actuals: { year: number; value: number; source: string; isDemo: true }[];
};

export const creativeEmploymentCode = 'REG-CREATIVE-EMPLOYMENT';
export const creativeValueAddedCode = 'REG-CREATIVE-GVA';
export const demoActualSource = 'demo value';

const baseYear = 2023;
const targetYear = 2030;

type Trajectory = { baseValue: number; targets: Record<number, number>; round: (value: number) => number };

const employment: Trajectory = {
  baseValue: 46_200,
  targets: { 2024: 49_000, 2025: 52_500, 2026: 56_000, 2027: 59_500, 2028: 63_000, 2029: 66_500, 2030: 70_000 },
  round: (value) => Math.round(value / 100) * 100,
};

/** In billions of rubles, the unit the strategy itself speaks in. */
const valueAdded: Trajectory = {
  baseValue: 54,
  targets: { 2024: 60, 2025: 67, 2026: 75, 2027: 84, 2028: 94, 2029: 106, 2030: 120 },
  round: (value) => Math.round(value * 10) / 10,
};

/** Actuals for the years that are over: slightly behind or ahead of the plan, as real series are. */
function demoActuals(random: Random, trajectory: Trajectory, lastClosedYear: number) {
  const actuals: IndicatorSeed['actuals'] = [{ year: baseYear, value: trajectory.baseValue, source: demoActualSource, isDemo: true }];
  for (let year = baseYear + 1; year <= Math.min(lastClosedYear, targetYear); year += 1) {
    const planned = trajectory.targets[year] ?? trajectory.baseValue;
    actuals.push({ year, value: trajectory.round(planned * (0.94 + random.next() * 0.08)), source: demoActualSource, isDemo: true });
  }
  return actuals;
}

function targetsOf(trajectory: Trajectory) {
  return Object.entries(trajectory.targets).map(([year, value]) => ({ year: Number(year), value }));
}

/** `today` decides which years already have actuals: every year before the current one. */
export function buildDemoIndicators(random: Random, today: Date): IndicatorSeed[] {
  const lastClosedYear = today.getUTCFullYear() - 1;
  return [
    {
      code: creativeEmploymentCode,
      nameRu: 'Численность занятых в креативных индустриях Республики Саха (Якутия)',
      nameEn: 'Employment in the creative industries of the Republic of Sakha (Yakutia)',
      nameZh: '萨哈（雅库特）共和国创意产业从业人数',
      unit: 'people',
      ownerOrganizationKey: orgKeys.ministryOfInnovation,
      baseYear,
      baseValue: employment.baseValue,
      targets: targetsOf(employment),
      actuals: demoActuals(random, employment, lastClosedYear),
    },
    {
      code: creativeValueAddedCode,
      nameRu: 'Добавленная стоимость креативных индустрий Республики Саха (Якутия)',
      nameEn: 'Value added of the creative industries of the Republic of Sakha (Yakutia)',
      nameZh: '萨哈（雅库特）共和国创意产业增加值',
      unit: 'billion_rub',
      ownerOrganizationKey: orgKeys.ministryOfInnovation,
      baseYear,
      baseValue: valueAdded.baseValue,
      targets: targetsOf(valueAdded),
      actuals: demoActuals(random, valueAdded, lastClosedYear),
    },
  ];
}
