import { agreementKeys } from './demo-agreements';
import { orgKeys } from './demo-world-types';

/**
 * The roadmaps of the brief's agreements. The article names the directions, not the steps: these
 * are plausible first-year steps of such a cooperation. Finished steps carry fixed dates; open ones
 * are placed relative to the day the demo is built (`dueInDays`), so the demo always shows a few
 * overdue and a few upcoming deadlines, whenever it is started.
 */
export type ObligationSeed = {
  text: { ru: string; en: string; zh: string };
  responsibleKey: string;
  startsOn?: string;
  /** A fixed due date, or a number of days from the day the demo is built (negative: already past). */
  due: string | { dueInDays: number };
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  doneOn?: string;
  evidenceUrl?: string;
  evidenceNote?: string;
};

const pmc = orgKeys.projectManagementCenter;
const greatStone = orgKeys.greatStone;

export const demoRoadmaps: Record<string, ObligationSeed[]> = {
  [agreementKeys.greatStone]: [
    {
      text: { ru: 'Назначить координаторов соглашения от каждой стороны', en: 'Appoint a coordinator of the agreement on each side', zh: '双方各自任命协议协调人' },
      responsibleKey: pmc, due: '2025-05-31', status: 'done', doneOn: '2025-05-20',
      evidenceNote: 'Приказ ЦУП НОЦ «Север» о назначении координатора; письмо Администрации парка (демо)',
    },
    {
      text: { ru: 'Провести онлайн-презентацию резидентов парка «Великий камень» для компаний Якутии', en: 'Hold an online presentation of “Great Stone” residents for Yakutian companies', zh: '为雅库特企业举办“巨石”园区入驻企业线上推介会' },
      responsibleKey: greatStone, due: '2025-07-31', status: 'done', doneOn: '2025-07-24',
      evidenceUrl: 'https://example.org/demo/great-stone-presentation',
    },
    {
      text: { ru: 'Сформировать перечень совместных проектов в области биотехнологий', en: 'Draw up a list of joint projects in biotechnology', zh: '拟定生物技术领域联合项目清单' },
      responsibleKey: pmc, startsOn: '2025-07-01', due: '2025-10-31', status: 'done', doneOn: '2025-10-28',
      evidenceNote: 'Перечень из 7 проектных идей согласован сторонами (демо)',
    },
    {
      text: { ru: 'Организовать визит делегации предприятий Якутии в парк «Великий камень»', en: 'Organize a visit of a delegation of Yakutian companies to the “Great Stone” park', zh: '组织雅库特企业代表团访问“巨石”园区' },
      responsibleKey: pmc, due: { dueInDays: -25 }, status: 'in_progress',
    },
    {
      text: { ru: 'Подготовить предложения по размещению производства новых материалов в парке', en: 'Prepare proposals for locating new-materials production in the park', zh: '就在园区设立新材料生产提出建议' },
      responsibleKey: greatStone, due: { dueInDays: -12 }, status: 'planned',
    },
    {
      text: { ru: 'Провести совместный семинар по медицинским технологиям', en: 'Hold a joint seminar on medical technologies', zh: '联合举办医疗技术研讨会' },
      responsibleKey: greatStone, due: { dueInDays: 20 }, status: 'planned',
    },
    {
      text: { ru: 'Подписать дорожную карту пилотного проекта в области биотехнологий', en: 'Sign the roadmap of a pilot project in biotechnology', zh: '签署生物技术试点项目路线图' },
      responsibleKey: pmc, due: { dueInDays: 75 }, status: 'planned',
    },
    {
      text: { ru: 'Подготовить отчёт сторон о выполнении соглашения за год', en: 'Prepare the parties’ annual report on the agreement', zh: '编写双方年度协议执行报告' },
      responsibleKey: pmc, due: { dueInDays: 140 }, status: 'planned',
    },
  ],
  [agreementKeys.hiTechPark]: [
    {
      text: { ru: 'Согласовать план совместных мероприятий в сфере ИТ и креативных индустрий', en: 'Agree on a plan of joint events in IT and the creative industries', zh: '商定信息技术和创意产业领域联合活动计划' },
      responsibleKey: orgKeys.governmentOfYakutia, due: '2025-09-30', status: 'done', doneOn: '2025-09-15',
      evidenceNote: 'План мероприятий утверждён сторонами (демо)',
    },
    {
      text: { ru: 'Провести обучающую программу ПВТ для ИТ-компаний Якутии', en: 'Run a Hi-Tech Park training programme for Yakutian IT companies', zh: '为雅库特信息技术企业开展高科技园培训项目' },
      responsibleKey: orgKeys.hiTechPark, due: { dueInDays: 45 }, status: 'in_progress',
    },
  ],
};

export const dueDateOf = (seed: ObligationSeed, now: Date) =>
  typeof seed.due === 'string' ? seed.due : new Date(now.getTime() + seed.due.dueInDays * 86_400_000).toISOString().slice(0, 10);
