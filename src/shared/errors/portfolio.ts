import type { Language } from '../languages';

/** Errors of the project portfolio: passports, schedules, budgets, reports and change requests. */
export const portfolioErrorMessages = {
  PROJECT_DATES_OUT_OF_ORDER: {
    en: 'The project must end after it starts.',
    ru: 'Проект должен заканчиваться позже, чем начинается.',
    zh: '项目结束日期必须晚于开始日期。',
  },
  CONTROL_POINT_OUTSIDE_PROJECT: {
    en: 'A control point\'s dates must lie within the project\'s dates.',
    ru: 'Даты контрольной точки должны лежать в пределах сроков проекта.',
    zh: '控制点的日期必须在项目期限之内。',
  },
  DEPENDENCY_CYCLE: {
    en: 'The dependencies between control points form a cycle.',
    ru: 'Зависимости между контрольными точками образуют цикл.',
    zh: '控制点之间的依赖关系构成了循环。',
  },
  UNKNOWN_KEY: {
    en: 'A reference points to a control point or result that the project does not have.',
    ru: 'Ссылка указывает на контрольную точку или результат, которых нет в проекте.',
    zh: '引用指向项目中不存在的控制点或成果。',
  },
  DUPLICATE_KEY: {
    en: 'Two items of the section have the same key.',
    ru: 'Два элемента раздела имеют одинаковый ключ.',
    zh: '该部分中有两个条目使用了相同的键。',
  },
  BUDGET_ACTUAL_IN_FUTURE: {
    en: 'An actual budget figure cannot be given for a year that has not begun.',
    ru: 'Фактическое исполнение бюджета нельзя указать за год, который ещё не начался.',
    zh: '尚未开始的年度不能填写预算实际执行数。',
  },
  STAGE_TRANSITION_FORBIDDEN: {
    en: 'The project cannot move to this stage from its current one.',
    ru: 'Проект не может перейти на этот этап из текущего.',
    zh: '项目无法从当前阶段进入该阶段。',
  },
  MANAGER_NOT_A_PARTICIPANT: {
    en: 'The project manager must be a member of one of the participating organizations.',
    ru: 'Руководитель проекта должен состоять в одной из организаций-участников.',
    zh: '项目负责人必须是某一参与组织的成员。',
  },
  REPORT_PERIOD_APPROVED: {
    en: 'The report for this period has already been approved.',
    ru: 'Отчёт за этот период уже утверждён.',
    zh: '该期间的报告已获批准。',
  },
  REPORT_PERIOD_IN_FUTURE: {
    en: 'A report is submitted once its period has ended.',
    ru: 'Отчёт представляется после окончания отчётного периода.',
    zh: '报告须在报告期结束后提交。',
  },
  REPORT_NOT_UNDER_REVIEW: {
    en: 'Only a submitted report can be approved or returned.',
    ru: 'Утвердить или вернуть можно только представленный отчёт.',
    zh: '只有已提交的报告才能批准或退回。',
  },
  REVIEW_COMMENT_REQUIRED: {
    en: 'Say what to fix when returning a report.',
    ru: 'При возврате отчёта укажите, что исправить.',
    zh: '退回报告时请说明需要修改的内容。',
  },
  PASSPORT_VERSION_CONFLICT: {
    en: 'The passport has changed since this request was prepared; prepare it against the current version.',
    ru: 'Паспорт изменился после подготовки запроса; подготовьте его к текущей версии.',
    zh: '在准备此请求后项目护照已变更，请基于当前版本重新准备。',
  },
  CHANGE_REQUEST_DECIDED: {
    en: 'The change request has already been decided.',
    ru: 'Решение по запросу на изменение уже принято.',
    zh: '该变更请求已有决定。',
  },
  OBLIGATION_NOT_OF_PROJECT: {
    en: 'A control point can complete only an obligation of an agreement the project implements.',
    ru: 'Контрольная точка может закрывать только обязательство по соглашению, которое реализует проект.',
    zh: '控制点只能完成本项目所执行协议中的义务。',
  },
} as const satisfies Record<string, Record<Language, string>>;
