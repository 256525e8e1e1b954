import type { ActualStatus, IndicatorAggregation, IndicatorLevel, IndicatorUnit, PeriodKind } from '../../shared/domain';
import type { DirectionCode } from '../db/reference/directions';
import type { ContributionPlan } from '../db/schema/indicators';
import { orgKeys, type MembershipSeed } from './demo-world-types';
import type { Random } from '../lib/seeded-random';

/**
 * The two regional strategic targets of the brief — 70,000 people employed in the creative
 * industries and 120 billion rubles of their value added by 2030 — with what counts towards
 * them (the residents of "Kvartal Truda" reporting their staff and revenue, two demo projects),
 * the program indicators of НОЦ "Sever", and a quarterly reporting campaign of partner residents.
 * The 2030 end points are the article's; every base, intermediate target and actual is a demo
 * value, marked `isDemo` with the source "demo value", so that no one reads it as official.
 */
export type ActualSeed = {
  year: number;
  value: number;
  source: string;
  isDemo: true;
  periodKind?: PeriodKind;
  periodIndex?: number;
  organizationKey?: string;
  status?: ActualStatus;
};

export type IndicatorSeed = {
  code: string;
  nameRu: string;
  nameEn: string;
  nameZh: string;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  ownerOrganizationKey: string;
  ecosystemKey?: string;
  directionCode?: DirectionCode;
  aggregation?: IndicatorAggregation;
  calculationMethod?: string;
  dataSource?: string;
  responsible?: string;
  baseYear: number;
  baseValue: number;
  targets: { year: number; value: number }[];
  actuals: ActualSeed[];
};

export type ContributionSeed = { parentCode: string; childCode: string; plans: ContributionPlan[] };
export type CampaignSeed = { title: string; year: number; periodKind: PeriodKind; periodIndex: number; dueOn: string; indicatorCodes: string[]; organizationKeys: string[] };
export type DemoIndicators = { indicators: IndicatorSeed[]; contributions: ContributionSeed[]; campaigns: CampaignSeed[] };

export const creativeEmploymentCode = 'REG-CREATIVE-EMPLOYMENT';
export const creativeValueAddedCode = 'REG-CREATIVE-GVA';
export const residentJobsCode = 'PMC-RESIDENT-JOBS';
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

const demo = (year: number, value: number, extra: Partial<ActualSeed> = {}): ActualSeed => ({ year, value, source: demoActualSource, isDemo: true, ...extra });

/** Actuals for the years that are over: slightly behind or ahead of the plan, as real series are. */
function demoActuals(random: Random, trajectory: Trajectory, lastClosedYear: number) {
  const actuals: ActualSeed[] = [demo(baseYear, trajectory.baseValue)];
  for (let year = baseYear + 1; year <= Math.min(lastClosedYear, targetYear); year += 1) {
    const planned = trajectory.targets[year] ?? trajectory.baseValue;
    actuals.push(demo(year, trajectory.round(planned * (0.94 + random.next() * 0.08))));
  }
  return actuals;
}

function targetsOf(trajectory: Trajectory) {
  return Object.entries(trajectory.targets).map(([year, value]) => ({ year: Number(year), value }));
}

/** A straight trajectory from the base to the 2030 value, rounded. */
function straight(base: number, end: number, round = Math.round) {
  return Array.from({ length: targetYear - baseYear }, (_, i) => ({ year: baseYear + 1 + i, value: round(base + ((end - base) * (i + 1)) / (targetYear - baseYear)) }));
}

/** A series growing from the base by a yearly factor drawn around `growth`, up to the last closed year. */
function grown(random: Random, base: number, growth: number, lastClosedYear: number, round = Math.round) {
  const values: ActualSeed[] = [demo(baseYear, base)];
  let value = base;
  for (let year = baseYear + 1; year <= lastClosedYear; year++) {
    value *= 1 + growth * (0.7 + random.next() * 0.6);
    values.push(demo(year, round(value)));
  }
  return values;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** `today` decides which years already have actuals (every year before the current one) and the quarter reported now. */
export function buildDemoIndicators(random: Random, today: Date, memberships: readonly MembershipSeed[]): DemoIndicators {
  const lastClosedYear = today.getUTCFullYear() - 1;
  const regional: IndicatorSeed[] = [
    {
      code: creativeEmploymentCode,
      nameRu: 'Численность занятых в креативных индустриях Республики Саха (Якутия)',
      nameEn: 'Employment in the creative industries of the Republic of Sakha (Yakutia)',
      nameZh: '萨哈（雅库特）共和国创意产业从业人数',
      unit: 'people', level: 'regional', ownerOrganizationKey: orgKeys.ministryOfInnovation, directionCode: 'creative_industries', aggregation: 'last',
      calculationMethod: 'Среднесписочная численность работников организаций и ИП креативных индустрий за год',
      dataSource: 'Демо-значения (в жизни — Якутстат, форма П-4)', responsible: 'Министерство инноваций и цифрового развития РС(Я)',
      baseYear, baseValue: employment.baseValue, targets: targetsOf(employment), actuals: demoActuals(random, employment, lastClosedYear),
    },
    {
      code: creativeValueAddedCode,
      nameRu: 'Добавленная стоимость креативных индустрий Республики Саха (Якутия)',
      nameEn: 'Value added of the creative industries of the Republic of Sakha (Yakutia)',
      nameZh: '萨哈（雅库特）共和国创意产业增加值',
      unit: 'billion_rub', level: 'regional', ownerOrganizationKey: orgKeys.ministryOfInnovation, directionCode: 'creative_industries', aggregation: 'sum',
      calculationMethod: 'Валовая добавленная стоимость видов деятельности креативных индустрий в текущих ценах',
      dataSource: 'Демо-значения (в жизни — Якутстат, региональные счета)', responsible: 'Министерство инноваций и цифрового развития РС(Я)',
      baseYear, baseValue: valueAdded.baseValue, targets: targetsOf(valueAdded), actuals: demoActuals(random, valueAdded, lastClosedYear),
    },
  ];

  // The residents of "Kvartal Truda" report their staff (a stock: the year's last figure) and revenue.
  const kvartalResidents = memberships.filter((m) => m.ecosystemKey === orgKeys.kvartalTruda && m.status === 'resident').map((m) => m.organizationKey);
  const residentYears = Array.from({ length: lastClosedYear - baseYear + 1 }, (_, i) => baseYear + i);
  const staff = kvartalResidents.flatMap((organizationKey) => {
    let people = random.int(25, 70);
    return residentYears.map((year) => {
      people = Math.round(people * (year === baseYear ? 1 : 1.12 + random.next() * 0.16));
      return demo(year, people, { organizationKey });
    });
  });
  const revenue = kvartalResidents.flatMap((organizationKey) => {
    let thousands = random.int(18_000, 90_000);
    return residentYears.map((year) => {
      thousands = Math.round(thousands * (year === baseYear ? 1 : 1.1 + random.next() * 0.25));
      return demo(year, thousands, { organizationKey });
    });
  });
  const sumOf = (values: ActualSeed[], year: number) => values.filter((v) => v.year === year).reduce((s, v) => s + v.value, 0);

  const contributors: IndicatorSeed[] = [
    {
      code: 'KT-RESIDENT-EMPLOYMENT', nameRu: 'Занятые у резидентов креативного кластера «Квартал труда»', nameEn: 'People employed by the residents of the "Kvartal Truda" creative cluster', nameZh: '“劳动街区”创意集群入驻企业从业人数',
      unit: 'people', level: 'program', ownerOrganizationKey: orgKeys.kvartalTruda, ecosystemKey: orgKeys.kvartalTruda, directionCode: 'creative_industries', aggregation: 'last',
      calculationMethod: 'Сумма численности работников по отчётам резидентов', dataSource: 'Отчёты резидентов', responsible: 'Управляющая компания «Квартала труда»',
      baseYear, baseValue: sumOf(staff, baseYear), targets: straight(sumOf(staff, baseYear), 2_500), actuals: staff,
    },
    {
      code: 'KT-RESIDENT-REVENUE', nameRu: 'Выручка резидентов креативного кластера «Квартал труда»', nameEn: 'Revenue of the residents of the "Kvartal Truda" creative cluster', nameZh: '“劳动街区”创意集群入驻企业营业收入',
      unit: 'thousand_rub', level: 'program', ownerOrganizationKey: orgKeys.kvartalTruda, ecosystemKey: orgKeys.kvartalTruda, directionCode: 'creative_industries', aggregation: 'sum',
      calculationMethod: 'Сумма выручки по отчётам резидентов', dataSource: 'Отчёты резидентов', responsible: 'Управляющая компания «Квартала труда»',
      baseYear, baseValue: sumOf(revenue, baseYear), targets: straight(sumOf(revenue, baseYear), 2_400_000, (v) => Math.round(v / 1000) * 1000), actuals: revenue,
    },
    {
      code: 'PRJ-YAKUT-CINEMA-JOBS', nameRu: 'Проект «Якутское кино»: рабочие места', nameEn: 'Project "Yakut Cinema": jobs', nameZh: '“雅库特电影”项目：就业岗位',
      unit: 'people', level: 'project', ownerOrganizationKey: orgKeys.arcticInstituteOfCulture, directionCode: 'cinema', aggregation: 'last',
      calculationMethod: 'Занятые в кинопроизводстве и прокате по проекту', dataSource: 'Паспорт проекта, мониторинг', responsible: 'Руководитель проекта',
      baseYear, baseValue: 300, targets: straight(300, 1_800), actuals: grown(random, 300, 0.3, lastClosedYear),
    },
    {
      code: 'PRJ-NORTH-GAMEDEV-JOBS', nameRu: 'Проект «Северный геймдев»: рабочие места', nameEn: 'Project "Northern Game Development": jobs', nameZh: '“北方游戏开发”项目：就业岗位',
      unit: 'people', level: 'project', ownerOrganizationKey: orgKeys.itPark, ecosystemKey: orgKeys.itPark, directionCode: 'game_development', aggregation: 'last',
      calculationMethod: 'Занятые в студиях разработки игр — участниках проекта', dataSource: 'Паспорт проекта, мониторинг', responsible: 'Руководитель проекта',
      baseYear, baseValue: 150, targets: straight(150, 4_000), actuals: grown(random, 150, 0.6, lastClosedYear),
    },
    {
      code: 'PRJ-YAKUT-CINEMA-REVENUE', nameRu: 'Проект «Якутское кино»: выручка', nameEn: 'Project "Yakut Cinema": revenue', nameZh: '“雅库特电影”项目：营业收入',
      unit: 'million_rub', level: 'project', ownerOrganizationKey: orgKeys.arcticInstituteOfCulture, directionCode: 'cinema', aggregation: 'sum',
      calculationMethod: 'Выручка от кинопроизводства и проката', dataSource: 'Паспорт проекта, мониторинг', responsible: 'Руководитель проекта',
      baseYear, baseValue: 900, targets: straight(900, 6_000), actuals: grown(random, 900, 0.35, lastClosedYear),
    },
  ];

  const sever = (code: string, names: [string, string, string], unit: IndicatorUnit, base: number, end: number, growth: number, directionCode: DirectionCode): IndicatorSeed => ({
    code, nameRu: names[0], nameEn: names[1], nameZh: names[2], unit, level: 'program', ownerOrganizationKey: orgKeys.researchCenterSever, directionCode, aggregation: 'sum',
    calculationMethod: 'Сумма за год по данным участников НОЦ', dataSource: 'Отчёт НОЦ «Север»', responsible: 'Проектный офис НОЦ «Север»',
    baseYear, baseValue: base, targets: straight(base, end), actuals: grown(random, base, growth, lastClosedYear),
  });
  const program: IndicatorSeed[] = [
    sever('REC-SPECIALISTS-TRAINED', ['НОЦ «Север»: подготовлено специалистов', 'REC "Sever": specialists trained', '“北方”科教中心：培养专业人才'], 'people', 310, 600, 0.12, 'education'),
    sever('REC-TECHNOLOGIES', ['НОЦ «Север»: разработано технологий и продуктов', 'REC "Sever": technologies and products developed', '“北方”科教中心：研发的技术和产品'], 'pieces', 8, 40, 0.25, 'high_tech'),
    sever('REC-JOINT-PROJECTS', ['НОЦ «Север»: начато совместных проектов', 'REC "Sever": joint projects started', '“北方”科教中心：启动的合作项目'], 'pieces', 4, 30, 0.4, 'innovation_economy'),
  ];

  // The quarter to report now is the one before the current quarter; it is due a month after it ends.
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  const reportYear = quarter === 1 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
  const reportQuarter = quarter === 1 ? 4 : quarter - 1;
  const greatStoneResidents = memberships.filter((m) => m.ecosystemKey === orgKeys.greatStone && m.status === 'resident').slice(0, 6).map((m) => m.organizationKey);
  const reporters = [...new Set([...greatStoneResidents, ...kvartalResidents.slice(0, 6)])];
  const jobs: ActualSeed[] = [];
  for (const [index, organizationKey] of reporters.entries()) {
    for (let q = 1; q <= reportQuarter; q++) {
      // The demo member's company has not reported the current quarter yet; a few others have, some confirmed.
      if (q === reportQuarter && (organizationKey === orgKeys.demoMemberCompany || index % 3 === 2)) continue;
      const status: ActualStatus = q < reportQuarter || index % 3 === 0 ? 'confirmed' : 'submitted';
      jobs.push(demo(reportYear, random.int(2, 14), { periodKind: 'quarter', periodIndex: q, organizationKey, status }));
    }
  }
  const residentJobsBase = 410;
  program.push({
    code: residentJobsCode, nameRu: 'Новые рабочие места у резидентов партнёрских экосистем', nameEn: 'New jobs at the residents of partner ecosystems', nameZh: '合作生态系统入驻企业新增就业岗位',
    unit: 'people', level: 'program', ownerOrganizationKey: orgKeys.projectManagementCenter, aggregation: 'sum',
    calculationMethod: 'Сумма созданных за период рабочих мест по отчётам резидентов', dataSource: 'Отчёты резидентов (кампании отчётности)', responsible: 'Проектный офис',
    baseYear, baseValue: residentJobsBase, targets: straight(residentJobsBase, 900),
    actuals: [...grown(random, residentJobsBase, 0.09, Math.min(lastClosedYear, reportYear - 1)), ...jobs],
  });

  const contributions: ContributionSeed[] = [
    { parentCode: creativeEmploymentCode, childCode: 'KT-RESIDENT-EMPLOYMENT', plans: [{ year: 2025, value: 1_100, share: null }, { year: targetYear, value: 2_500, share: null }] },
    { parentCode: creativeEmploymentCode, childCode: 'PRJ-YAKUT-CINEMA-JOBS', plans: [{ year: 2025, value: 640, share: null }, { year: targetYear, value: 1_800, share: null }] },
    { parentCode: creativeEmploymentCode, childCode: 'PRJ-NORTH-GAMEDEV-JOBS', plans: [{ year: 2025, value: 700, share: null }, { year: targetYear, value: 4_000, share: null }] },
    // Planned in the parent's unit (billions), or as a share of its target for the year.
    { parentCode: creativeValueAddedCode, childCode: 'PRJ-YAKUT-CINEMA-REVENUE', plans: [{ year: 2025, value: 1.6, share: null }, { year: targetYear, value: 6, share: null }] },
    { parentCode: creativeValueAddedCode, childCode: 'KT-RESIDENT-REVENUE', plans: [{ year: 2025, value: null, share: 0.01 }, { year: targetYear, value: null, share: 0.02 }] },
  ];
  const campaigns: CampaignSeed[] = [{
    title: `Новые рабочие места у резидентов: ${reportQuarter} квартал ${reportYear}`,
    year: reportYear, periodKind: 'quarter', periodIndex: reportQuarter, dueOn: lastDayOfMonth(reportYear, reportQuarter * 3 + 1),
    indicatorCodes: [residentJobsCode], organizationKeys: reporters,
  }];
  return { indicators: [...regional, ...contributors, ...program], contributions, campaigns };
}
