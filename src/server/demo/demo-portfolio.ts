/**
 * The demo portfolio: joint projects of the project management center with "Great Stone" residents
 * (biotechnology, new materials, medicine) and with the Hi-Tech Park (creative industries, IT), in
 * every lifecycle stage, some late, with approved and returned monitoring reports and a pending
 * change request. Dates are relative to the day of seeding, so "late" stays late after a reset.
 * The projects and their figures are invented.
 */
import type { DirectionCode } from '../db/reference/directions';
import type { Executor } from '../db/client';
import {
  indicators, indicatorTargets, portfolios, programs, projectAgreements, projectBudgetLines, projectChangeRequests, projectControlPoints,
  projectDirections, projectEcosystems, projectParticipants, projectReports, projectResults, projectRisks, projectStageGates, projects, users,
} from '../db/schema/index';
import { inArray } from 'drizzle-orm';
import { agreementKeys } from './demo-agreements';
import type { MembershipSeed } from './demo-world-types';
import { orgKeys } from './demo-world-types';
import { createRandom } from '../lib/seeded-random';
import { effectOf } from '../features/portfolio/change-requests';
import { refreshEveryProjectSummary } from '../features/portfolio/project-summaries';
import { demoWorldSeed } from './build-demo-world';

type Stage = 'initiation' | 'planning' | 'execution' | 'closing' | 'suspended';
type Point = { key: string; ru: string; en: string; zh: string; start?: number; due: number; forecast?: number; actual?: number; after?: string[]; result?: string };
type ProjectSeed = {
  code: string; program: 'bio' | 'digital'; stage: Stage; ecosystem: string; participants: string[]; directions: DirectionCode[]; agreement?: string;
  short: [string, string, string]; full: [string, string, string]; start: number; end: number;
  points: Point[]; results: { key: string; ru: string; en: string; zh: string; due: number; indicatorShare?: number }[];
  budget: [number, 'federal' | 'regional' | 'extra_budgetary' | 'partners', number, number | null][];
  risks: [string, number, number, string][];
  /** Approved quarterly reports, newest last, by status; a 'returned' one waits for the manager. */
  reports: ('green' | 'amber' | 'red')[];
  returned?: boolean;
  managedByDemoMember?: boolean;
  changeRequest?: boolean;
};

function seeds(greatStone: string[], hiTech: string[]): ProjectSeed[] {
  return [
    {
      code: 'GS-BIO-01', program: 'bio', stage: 'execution', ecosystem: orgKeys.greatStone, participants: [orgKeys.demoMemberCompany, orgKeys.researchCenterSever], directions: ['biotechnology'], agreement: agreementKeys.greatStone,
      short: ['Ветеринарные биопрепараты', 'Veterinary biologics', '兽用生物制剂'],
      full: ['Совместная разработка и регистрация ветеринарных биопрепаратов для северного животноводства', 'Joint development and registration of veterinary biologics for northern livestock farming', '面向北方畜牧业的兽用生物制剂联合研发与注册'],
      start: -420, end: 640,
      results: [{ key: 'R1', ru: 'Опытная партия вакцины', en: 'Pilot batch of the vaccine', zh: '疫苗试生产批次', due: 120, indicatorShare: 50 }, { key: 'R2', ru: 'Регистрационное досье', en: 'Registration dossier', zh: '注册档案', due: 420, indicatorShare: 50 }],
      points: [
        { key: 'КТ-1', ru: 'Лаборатория оснащена', en: 'Laboratory equipped', zh: '实验室设备到位', start: -400, due: -250, actual: -260 },
        { key: 'КТ-2', ru: 'Штамм передан в «Великий камень»', en: 'Strain transferred to Great Stone', zh: '菌株移交“巨石”园区', start: -250, due: -120, actual: -100, after: ['КТ-1'] },
        { key: 'КТ-3', ru: 'Доклинические испытания', en: 'Preclinical trials', zh: '临床前试验', start: -100, due: -10, forecast: 45, after: ['КТ-2'], result: 'R1' },
        { key: 'КТ-4', ru: 'Опытная партия выпущена', en: 'Pilot batch released', zh: '试生产批次完成', start: 45, due: 110, after: ['КТ-3'], result: 'R1' },
        { key: 'КТ-5', ru: 'Досье подано', en: 'Dossier filed', zh: '提交注册档案', start: 110, due: 400, after: ['КТ-4'], result: 'R2' },
        { key: 'КТ-6', ru: 'Семинар для фермеров Якутии', en: 'Seminar for Yakutia farmers', zh: '面向雅库特农户的研讨会', due: 200, after: ['КТ-2'] },
      ],
      budget: [[-1, 'federal', 18_000_000, 17_400_000], [-1, 'partners', 6_000_000, 6_500_000], [0, 'federal', 22_000_000, 9_800_000], [0, 'partners', 8_000_000, 3_100_000], [1, 'regional', 5_000_000, null]],
      risks: [['Задержка поставки реагентов из Китая', 4, 3, 'Второй поставщик в Минске'], ['Изменение требований к регистрации', 2, 5, 'Предварительная консультация с регулятором']],
      reports: ['green', 'amber'], managedByDemoMember: true, changeRequest: true,
    },
    {
      code: 'GS-MAT-01', program: 'bio', stage: 'execution', ecosystem: orgKeys.greatStone, participants: [greatStone[0]!, orgKeys.nefu], directions: ['new_materials'], agreement: agreementKeys.greatStone,
      short: ['Композиты для Севера', 'Composites for the North', '北方复合材料'],
      full: ['Морозостойкие композитные материалы для строительства в Арктической зоне', 'Frost-resistant composite materials for construction in the Arctic zone', '北极地区建筑用耐寒复合材料'],
      start: -300, end: 500,
      results: [{ key: 'R1', ru: 'Опытный образец панели', en: 'Prototype panel', zh: '样板', due: 200 }],
      points: [
        { key: 'КТ-1', ru: 'Рецептура утверждена', en: 'Formulation approved', zh: '配方确定', start: -280, due: -150, actual: -140 },
        { key: 'КТ-2', ru: 'Испытания при −50 °C', en: 'Tests at −50 °C', zh: '−50 °C 测试', start: -140, due: -30, after: ['КТ-1'], result: 'R1' },
        { key: 'КТ-3', ru: 'Пилотный объект в Якутске', en: 'Pilot site in Yakutsk', zh: '雅库茨克试点工程', start: -20, due: 300, after: ['КТ-2'], result: 'R1' },
      ],
      budget: [[-1, 'extra_budgetary', 12_000_000, 11_000_000], [0, 'extra_budgetary', 15_000_000, 4_000_000], [0, 'regional', 3_000_000, 0]],
      risks: [['Нет климатической камеры нужного класса', 3, 4, 'Аренда камеры СВФУ']],
      reports: ['green', 'red'],
    },
    {
      code: 'GS-MED-01', program: 'bio', stage: 'planning', ecosystem: orgKeys.greatStone, participants: [greatStone[1]!, orgKeys.nefu], directions: ['medicine'],
      short: ['Экспресс-диагностика', 'Rapid diagnostics', '快速诊断'],
      full: ['Производство экспресс-тестов для отдалённых фельдшерских пунктов', 'Manufacturing rapid tests for remote rural health posts', '为偏远医疗站生产快速检测试剂'],
      start: -40, end: 900,
      results: [{ key: 'R1', ru: 'Линия фасовки', en: 'Filling line', zh: '灌装线', due: 500 }],
      points: [{ key: 'КТ-1', ru: 'Технико-экономическое обоснование', en: 'Feasibility study', zh: '可行性研究', due: 60 }, { key: 'КТ-2', ru: 'Договор поставки оборудования', en: 'Equipment supply contract', zh: '设备供货合同', due: 180, after: ['КТ-1'], result: 'R1' }],
      budget: [[0, 'partners', 4_000_000, 500_000], [1, 'federal', 25_000_000, null]],
      risks: [['Сертификация медицинских изделий', 3, 3, 'Подать документы заранее']],
      reports: [],
    },
    {
      code: 'HTP-CRE-01', program: 'digital', stage: 'initiation', ecosystem: orgKeys.hiTechPark, participants: [hiTech[0]!, orgKeys.arcticInstituteOfCulture], directions: ['creative_industries'], agreement: agreementKeys.hiTechPark,
      short: ['Анимация Севера', 'Animation of the North', '北方动画'],
      full: ['Совместная анимационная студия по мотивам эпоса олонхо', 'Joint animation studio based on the Olonkho epic', '以奥隆霍史诗为题材的联合动画工作室'],
      start: 30, end: 760,
      results: [{ key: 'R1', ru: 'Пилотная серия', en: 'Pilot episode', zh: '试播集', due: 400 }],
      points: [{ key: 'КТ-1', ru: 'Концепция и сценарий', en: 'Concept and script', zh: '概念和剧本', due: 150 }],
      budget: [[1, 'partners', 3_500_000, null]],
      risks: [['Нехватка аниматоров', 3, 2, 'Стажировки в Парке высоких технологий']],
      reports: [],
    },
    {
      code: 'HTP-IT-01', program: 'digital', stage: 'execution', ecosystem: orgKeys.hiTechPark, participants: [hiTech[1]!, orgKeys.itPark], directions: ['software'], agreement: agreementKeys.hiTechPark,
      short: ['Платформа мониторинга', 'Monitoring platform', '监测平台'],
      full: ['Облачная платформа мониторинга инженерных сетей в условиях вечной мерзлоты', 'Cloud platform for monitoring utility networks on permafrost', '永久冻土条件下的管网云监测平台'],
      start: -500, end: 300,
      results: [{ key: 'R1', ru: 'Промышленная версия', en: 'Production release', zh: '正式版', due: 250 }],
      points: [
        { key: 'КТ-1', ru: 'MVP', en: 'MVP', zh: '最小可行产品', start: -480, due: -300, actual: -290 },
        { key: 'КТ-2', ru: 'Пилот в Якутске', en: 'Pilot in Yakutsk', zh: '雅库茨克试点', start: -290, due: -60, after: ['КТ-1'] },
        { key: 'КТ-3', ru: 'Пилот в Минске', en: 'Pilot in Minsk', zh: '明斯克试点', start: -200, due: -45, after: ['КТ-1'] },
        { key: 'КТ-4', ru: 'Промышленная версия', en: 'Production release', zh: '正式版发布', start: -40, due: 240, after: ['КТ-2', 'КТ-3'], result: 'R1' },
      ],
      budget: [[-1, 'extra_budgetary', 9_000_000, 9_400_000], [0, 'extra_budgetary', 7_000_000, 6_900_000]],
      risks: [['Ограничения на передачу данных между странами', 4, 4, 'Хранение данных в каждой стране'], ['Уход ключевого разработчика', 2, 3, 'Документирование архитектуры']],
      reports: ['amber', 'red'], returned: true,
    },
    {
      code: 'HTP-IT-02', program: 'digital', stage: 'closing', ecosystem: orgKeys.hiTechPark, participants: [hiTech[2]!, orgKeys.itCenterNetwork], directions: ['game_development'],
      short: ['Школа разработчиков игр', 'Game developers school', '游戏开发学校'],
      full: ['Сетевая школа разработчиков игр для IT-центров Якутии', 'Networked school of game developers for the IT centers of Yakutia', '面向雅库特IT中心的游戏开发网络学校'],
      start: -700, end: 20,
      results: [{ key: 'R1', ru: 'Выпуск 120 слушателей', en: '120 graduates', zh: '120名学员结业', due: -30 }],
      points: [{ key: 'КТ-1', ru: 'Набор', en: 'Enrolment', zh: '招生', due: -600, actual: -610 }, { key: 'КТ-2', ru: 'Выпуск', en: 'Graduation', zh: '结业', due: -30, actual: -28, after: ['КТ-1'], result: 'R1' }],
      budget: [[-1, 'regional', 2_000_000, 2_000_000], [0, 'regional', 1_000_000, 950_000]],
      risks: [],
      reports: ['green', 'green'],
    },
    {
      code: 'GS-MED-02', program: 'bio', stage: 'suspended', ecosystem: orgKeys.greatStone, participants: [greatStone[2]!], directions: ['medicine'],
      short: ['Реабилитационные изделия', 'Rehabilitation devices', '康复器械'],
      full: ['Локализация производства реабилитационных изделий', 'Localizing the manufacture of rehabilitation devices', '康复器械生产本地化'],
      start: -250, end: 600,
      results: [],
      points: [{ key: 'КТ-1', ru: 'Выбор площадки', en: 'Site selection', zh: '选址', due: -90 }],
      budget: [[0, 'partners', 6_000_000, 1_200_000]],
      risks: [['Партнёр пересматривает инвестиционные планы', 5, 4, 'Поиск второго инвестора']],
      reports: ['red'],
    },
  ];
}

const stagePath: Record<Stage, Stage[]> = {
  initiation: [], planning: ['planning'], execution: ['planning', 'execution'], closing: ['planning', 'execution', 'closing'], suspended: ['planning', 'execution', 'suspended'],
};

/** The quarters that have ended, newest first: { year, index } of each. */
function endedQuarters(now: Date, count: number) {
  let year = now.getUTCFullYear();
  let index = Math.floor(now.getUTCMonth() / 3);
  const quarters: { year: number; index: number }[] = [];
  while (quarters.length < count) {
    if (index === 0) { year -= 1; index = 4; }
    quarters.push({ year, index });
    index -= 1;
  }
  return quarters;
}

export async function insertDemoPortfolio(tx: Executor, input: { now: Date; org: (key: string) => string; agreementId: (key: string) => string; memberships: readonly MembershipSeed[]; direction: (code: DirectionCode) => string }) {
  const { now, org } = input;
  const random = createRandom(demoWorldSeed + 2);
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const thisYear = now.getUTCFullYear();
  const residents = (ecosystem: string) => input.memberships.filter((m) => m.ecosystemKey === ecosystem && m.status === 'resident' && m.organizationKey !== orgKeys.demoMemberCompany).map((m) => m.organizationKey);
  const people = await tx.select({ id: users.id, email: users.email, fullName: users.fullName }).from(users).where(inArray(users.email, ['coordinator@demo.northbridge.local', 'member@demo.northbridge.local', 'park.manager@demo.northbridge.local']));
  const user = (prefix: string) => people.find((p) => p.email.startsWith(prefix))!;

  const portfolioId = random.uuid();
  await tx.insert(portfolios).values({ id: portfolioId, code: 'JOINT', nameRu: 'Совместные проекты с Республикой Беларусь', nameEn: 'Joint projects with the Republic of Belarus', nameZh: '与白俄罗斯共和国的联合项目', createdAt: now });
  const programIds = { bio: random.uuid(), digital: random.uuid() };
  await tx.insert(programs).values([
    { id: programIds.bio, portfolioId, code: 'JOINT-BIO', nameRu: 'Биотехнологии, материалы и медицина с «Великим камнем»', nameEn: 'Biotechnology, materials and medicine with Great Stone', nameZh: '与“巨石”园区的生物技术、材料和医学合作', createdAt: now },
    { id: programIds.digital, portfolioId, code: 'JOINT-DIGITAL', nameRu: 'Креативные индустрии и IT с Парком высоких технологий', nameEn: 'Creative industries and IT with the Hi-Tech Park', nameZh: '与高科技园区的创意产业和IT合作', createdAt: now },
  ]);

  for (const seed of seeds(residents(orgKeys.greatStone), residents(orgKeys.hiTechPark))) {
    const projectId = random.uuid();
    const curator = user('coordinator');
    const manager = seed.managedByDemoMember ? user('member') : null;
    await tx.insert(projects).values({
      id: projectId, portfolioId, programId: programIds[seed.program], code: seed.code,
      shortNameRu: seed.short[0], shortNameEn: seed.short[1], shortNameZh: seed.short[2], fullNameRu: seed.full[0], fullNameEn: seed.full[1], fullNameZh: seed.full[2],
      nationalGoals: ['Технологическое лидерство'], startsOn: day(seed.start), endsOn: day(seed.end), stage: seed.stage,
      curatorUserId: curator.id, managerUserId: manager?.id ?? null, createdAt: now, updatedAt: now,
    });
    await tx.insert(projectEcosystems).values({ projectId, ecosystemId: org(seed.ecosystem) });
    await tx.insert(projectDirections).values(seed.directions.map((code) => ({ projectId, directionId: input.direction(code) })));
    if (seed.agreement) await tx.insert(projectAgreements).values({ projectId, agreementId: input.agreementId(seed.agreement) });
    await tx.insert(projectParticipants).values(seed.participants.map((key, i) => ({ id: random.uuid(), projectId, organizationId: org(key), role: i === 0 ? 'Исполнитель' : 'Соисполнитель', workloadPercent: i === 0 ? 60 : 40 })));
    let gateDay = seed.start;
    let from: Stage = 'initiation';
    for (const to of stagePath[seed.stage]) {
      gateDay += 20;
      await tx.insert(projectStageGates).values({ id: random.uuid(), projectId, fromStage: from, toStage: to, approvedByUserId: curator.id, approvedByName: curator.fullName, approvedAt: new Date(`${day(Math.min(gateDay, -1))}T09:00:00Z`) });
      from = to;
    }
    let indicatorId: string | null = null;
    if (seed.results.some((r) => r.indicatorShare)) {
      indicatorId = random.uuid();
      await tx.insert(indicators).values({ id: indicatorId, code: `${seed.code}-PATENTS`, nameRu: 'Совместные патенты и регистрационные удостоверения', nameEn: 'Joint patents and registration certificates', nameZh: '联合专利和注册证书', unit: 'pieces', level: 'project', ownerProjectId: projectId, createdAt: now, updatedAt: now });
      await tx.insert(indicatorTargets).values([{ id: random.uuid(), indicatorId, year: thisYear + 1, value: 1 }, { id: random.uuid(), indicatorId, year: thisYear + 2, value: 3 }]);
    }
    if (seed.results.length) {
      await tx.insert(projectResults).values(seed.results.map((r) => ({
        id: random.uuid(), projectId, key: r.key, nameRu: r.ru, nameEn: r.en, nameZh: r.zh, kind: 'product', dueOn: day(r.due),
        influence: indicatorId && r.indicatorShare ? [{ indicatorId, percent: r.indicatorShare }] : [],
      })));
    }
    await tx.insert(projectControlPoints).values(seed.points.map((p) => ({
      id: random.uuid(), projectId, key: p.key, resultKey: p.result ?? null, titleRu: p.ru, titleEn: p.en, titleZh: p.zh,
      startsOn: p.start === undefined ? null : day(p.start), dueOn: day(p.due), forecastOn: p.forecast === undefined ? null : day(p.forecast), actualOn: p.actual === undefined ? null : day(p.actual), dependsOn: p.after ?? [],
    })));
    if (seed.budget.length) await tx.insert(projectBudgetLines).values(seed.budget.map(([year, source, plan, actual]) => ({ id: random.uuid(), projectId, year: thisYear + year, source, planRub: plan, actualRub: actual })));
    if (seed.risks.length) await tx.insert(projectRisks).values(seed.risks.map(([description, probability, impact, mitigation]) => ({ id: random.uuid(), projectId, description, probability, impact, mitigation, owner: 'Руководитель проекта' })));
    // Reports for the quarters before the last one: the last is the one a manager reports on now.
    const quarters = endedQuarters(now, seed.reports.length + 1).slice(1).reverse();
    const submittedOn = (q: { year: number; index: number }, late: boolean) => new Date(Date.UTC(q.year, q.index * 3, late ? 25 : 10, 9));
    for (const [i, rag] of seed.reports.entries()) {
      const q = quarters[i]!;
      const last = i === seed.reports.length - 1;
      const returned = last && seed.returned;
      await tx.insert(projectReports).values({
        id: random.uuid(), projectId, periodKind: 'quarter', year: q.year, periodIndex: q.index, status: returned ? 'returned' : 'approved', rag,
        justification: rag === 'green' ? 'Работы идут по плану.' : rag === 'amber' ? 'Отставание по одной контрольной точке, план восстановления согласован.' : 'Просрочены контрольные точки на критическом пути.',
        submittedByUserId: manager?.id ?? null, firstSubmittedAt: submittedOn(q, rag === 'red'), submittedAt: submittedOn(q, rag === 'red'),
        reviewedByUserId: curator.id, reviewedAt: submittedOn(q, true), reviewComment: returned ? 'Укажите новые сроки пилота в Минске.' : null,
      });
    }
    if (seed.changeRequest) {
      // Moving the first result past next year takes its share of next year's target away.
      const moved = seed.results.find((r) => r.indicatorShare)!;
      const changes = { resultDeadlines: [{ key: moved.key, dueOn: `${thisYear + 2}-03-31` }], controlPointDates: [] };
      const effect = await effectOf(tx, projectId, changes);
      await tx.insert(projectChangeRequests).values({
        id: random.uuid(), projectId, baseVersion: 1, justification: 'Доклинические испытания продлены по требованию лаборатории.', requestedByUserId: manager?.id ?? null, createdAt: now,
        changes: { ...changes, effect },
      });
    }
  }
  // The rows above were written directly, so the overview's summaries are built once at the end.
  await refreshEveryProjectSummary(tx);
  return { portfolioId };
}
