/**
 * The words of the exported passport and register in the reader's language: section titles in the
 * order of the standard project passport (Decree 1288), column headings, and the names of stages,
 * statuses and budget sources, so that a file never shows internal codes.
 */
import type { Language } from '../../../shared/languages';

const ru = {
  title: 'Паспорт проекта',
  sections: {
    basics: '1. Основные положения', roles: '2. Участники проекта', goal: '3. Цель и показатели проекта', results: '4. Результаты проекта',
    points: '5. Контрольные точки и мероприятия', budget: '6. Финансовое обеспечение по годам и источникам', risks: '7. Риски проекта',
  },
  sheets: { basics: 'Основные положения', roles: 'Участники', goal: 'Цель и показатели', results: 'Результаты', points: 'Контрольные точки', budget: 'Бюджет', risks: 'Риски' },
  field: 'Поле', value: 'Значение',
  basics: {
    code: 'Код', shortName: 'Краткое наименование', fullName: 'Полное наименование', portfolio: 'Портфель', program: 'Программа',
    directions: 'Направления', ecosystems: 'Экосистемы', agreements: 'Реализуемые соглашения', nationalGoals: 'Национальные цели и проекты',
    startsOn: 'Начало', endsOn: 'Окончание', stage: 'Этап', version: 'Версия паспорта',
  },
  stageGates: 'Пройденные этапы', gateColumns: ['С этапа', 'На этап', 'Утвердил', 'Дата', 'Комментарий'],
  roles: { curator: 'Куратор', manager: 'Руководитель', administrator: 'Администратор' },
  people: 'Ключевые роли', personColumns: ['Роль', 'ФИО', 'Контакты'],
  participants: 'Организации-участники', participantColumns: ['Организация', 'Роль', 'Загрузка, %'],
  goal: 'Цель проекта', indicators: 'Показатели проекта',
  indicatorColumns: ['Код', 'Показатель', 'Единица', 'Базовое значение', 'Целевые значения по годам', 'Методика расчёта', 'Источник данных', 'Ответственный'],
  resultColumns: ['Ключ', 'Результат', 'Тип', 'Срок', 'Ответственный', 'Значения по годам', 'Влияние на показатели'],
  pointColumns: ['Ключ', 'Контрольная точка', 'Результат', 'Начало', 'Срок', 'Прогноз', 'Факт', 'Статус', 'Ответственный', 'Зависит от', 'Критический путь'],
  budgetColumns: ['Год', 'Источник', 'Результат', 'План, руб.', 'Факт, руб.', 'Отклонение, руб.'],
  total: 'Итого', yearTotal: 'Итого за {year}',
  riskColumns: ['Риск', 'Вероятность', 'Влияние', 'Оценка', 'Меры', 'Владелец', 'Статус'],
  none: 'Нет', yes: 'да',
  stages: { initiation: 'Инициирование', planning: 'Планирование', execution: 'Исполнение', closing: 'Завершение', suspended: 'Приостановлен' },
  health: { green: 'В норме', amber: 'Есть риски', red: 'Критично', none: 'Нет отчёта' },
  pointStatus: { planned: 'Запланирована', at_risk: 'Под угрозой срыва', overdue: 'Просрочена', done: 'Выполнена', done_late: 'Выполнена с опозданием' },
  sources: { federal: 'Федеральный бюджет', regional: 'Региональный бюджет', extra_budgetary: 'Внебюджетные средства', partners: 'Собственные средства партнёров' },
  resultKinds: { product: 'Продукт', service: 'Услуга', event: 'Мероприятие', document: 'Документ', infrastructure: 'Инфраструктура' },
  riskStatus: { open: 'Открыт', mitigated: 'Снижен', occurred: 'Наступил', closed: 'Закрыт' },
  reportStatus: { submitted: 'На проверке', returned: 'Возвращён', approved: 'Утверждён' },
  register: {
    sheet: 'Реестр проектов',
    columns: ['Код', 'Краткое наименование', 'Полное наименование', 'Портфель', 'Программа', 'Этап', 'Статус', 'Куратор', 'Руководитель', 'Начало', 'Окончание',
      'Бюджет: план, руб.', 'Бюджет: факт, руб.', 'Контрольных точек', 'Просрочено контрольных точек', 'Последний отчёт: период', 'Последний отчёт: состояние', 'Последний отчёт: статус'],
    quarter: '{index} кв. {year}', month: '{index}.{year}',
  },
};

type Words = typeof ru;

const en: Words = {
  title: 'Project passport',
  sections: {
    basics: '1. Basics', roles: '2. Roles', goal: '3. Goal and indicators', results: '4. Results',
    points: '5. Control points and activities', budget: '6. Budget by year and source', risks: '7. Risks',
  },
  sheets: { basics: 'Basics', roles: 'Roles', goal: 'Goal and indicators', results: 'Results', points: 'Control points', budget: 'Budget', risks: 'Risks' },
  field: 'Field', value: 'Value',
  basics: {
    code: 'Code', shortName: 'Short name', fullName: 'Full name', portfolio: 'Portfolio', program: 'Program',
    directions: 'Directions', ecosystems: 'Ecosystems', agreements: 'Agreements implemented', nationalGoals: 'National goals and projects',
    startsOn: 'Start', endsOn: 'End', stage: 'Stage', version: 'Passport version',
  },
  stageGates: 'Stage gates passed', gateColumns: ['From stage', 'To stage', 'Approved by', 'Date', 'Comment'],
  roles: { curator: 'Curator', manager: 'Manager', administrator: 'Administrator' },
  people: 'Key roles', personColumns: ['Role', 'Name', 'Contacts'],
  participants: 'Participating organizations', participantColumns: ['Organization', 'Role', 'Workload, %'],
  goal: 'Goal of the project', indicators: 'Indicators of the project',
  indicatorColumns: ['Code', 'Indicator', 'Unit', 'Base value', 'Targets by year', 'Calculation method', 'Data source', 'Responsible'],
  resultColumns: ['Key', 'Result', 'Type', 'Deadline', 'Responsible', 'Values by year', 'Influence on indicators'],
  pointColumns: ['Key', 'Control point', 'Result', 'Start', 'Due', 'Forecast', 'Actual', 'Status', 'Responsible', 'Depends on', 'Critical path'],
  budgetColumns: ['Year', 'Source', 'Result', 'Plan, RUB', 'Actual, RUB', 'Deviation, RUB'],
  total: 'Total', yearTotal: 'Total for {year}',
  riskColumns: ['Risk', 'Probability', 'Impact', 'Score', 'Mitigation', 'Owner', 'Status'],
  none: 'None', yes: 'yes',
  stages: { initiation: 'Initiation', planning: 'Planning', execution: 'Execution', closing: 'Closing', suspended: 'Suspended' },
  health: { green: 'On track', amber: 'At risk', red: 'Critical', none: 'No report' },
  pointStatus: { planned: 'Planned', at_risk: 'At risk', overdue: 'Overdue', done: 'Done', done_late: 'Done late' },
  sources: { federal: 'Federal budget', regional: 'Regional budget', extra_budgetary: 'Extra-budgetary funds', partners: 'Partners\' own funds' },
  resultKinds: { product: 'Product', service: 'Service', event: 'Event', document: 'Document', infrastructure: 'Infrastructure' },
  riskStatus: { open: 'Open', mitigated: 'Mitigated', occurred: 'Occurred', closed: 'Closed' },
  reportStatus: { submitted: 'Under review', returned: 'Returned', approved: 'Approved' },
  register: {
    sheet: 'Project register',
    columns: ['Code', 'Short name', 'Full name', 'Portfolio', 'Program', 'Stage', 'Health', 'Curator', 'Manager', 'Start', 'End',
      'Budget plan, RUB', 'Budget actual, RUB', 'Control points', 'Overdue control points', 'Latest report: period', 'Latest report: state', 'Latest report: status'],
    quarter: 'Q{index} {year}', month: '{index}/{year}',
  },
};

const zh: Words = {
  title: '项目护照',
  sections: {
    basics: '1. 基本信息', roles: '2. 项目角色与参与方', goal: '3. 目标与指标', results: '4. 项目成果',
    points: '5. 控制点与活动', budget: '6. 按年度和来源的预算', risks: '7. 项目风险',
  },
  sheets: { basics: '基本信息', roles: '角色与参与方', goal: '目标与指标', results: '成果', points: '控制点', budget: '预算', risks: '风险' },
  field: '字段', value: '值',
  basics: {
    code: '编号', shortName: '简称', fullName: '全称', portfolio: '项目组合', program: '计划',
    directions: '方向', ecosystems: '生态系统', agreements: '执行的协议', nationalGoals: '国家目标与国家项目',
    startsOn: '开始', endsOn: '结束', stage: '阶段', version: '护照版本',
  },
  stageGates: '已通过的阶段关口', gateColumns: ['原阶段', '新阶段', '批准人', '日期', '备注'],
  roles: { curator: '督导人', manager: '项目负责人', administrator: '项目管理员' },
  people: '关键角色', personColumns: ['角色', '姓名', '联系方式'],
  participants: '参与组织', participantColumns: ['组织', '角色', '工作量（%）'],
  goal: '项目目标', indicators: '项目指标',
  indicatorColumns: ['编号', '指标', '单位', '基准值', '各年度目标值', '计算方法', '数据来源', '负责人'],
  resultColumns: ['键', '成果', '类型', '期限', '负责人', '各年度数值', '对指标的影响'],
  pointColumns: ['键', '控制点', '成果', '开始', '期限', '预测', '实际', '状态', '负责人', '依赖于', '关键路径'],
  budgetColumns: ['年份', '资金来源', '成果', '计划（卢布）', '实际（卢布）', '偏差（卢布）'],
  total: '合计', yearTotal: '{year}年合计',
  riskColumns: ['风险', '可能性', '影响', '评分', '应对措施', '负责人', '状态'],
  none: '无', yes: '是',
  stages: { initiation: '启动', planning: '规划', execution: '执行', closing: '收尾', suspended: '暂停' },
  health: { green: '正常', amber: '存在风险', red: '严重', none: '无报告' },
  pointStatus: { planned: '计划中', at_risk: '有延误风险', overdue: '已逾期', done: '已完成', done_late: '延期完成' },
  sources: { federal: '联邦预算', regional: '地区预算', extra_budgetary: '预算外资金', partners: '合作方自有资金' },
  resultKinds: { product: '产品', service: '服务', event: '活动', document: '文件', infrastructure: '基础设施' },
  riskStatus: { open: '未解决', mitigated: '已缓解', occurred: '已发生', closed: '已关闭' },
  reportStatus: { submitted: '审核中', returned: '已退回', approved: '已批准' },
  register: {
    sheet: '项目登记表',
    columns: ['编号', '简称', '全称', '项目组合', '计划', '阶段', '状态', '督导人', '项目负责人', '开始', '结束',
      '预算计划（卢布）', '预算实际（卢布）', '控制点数', '逾期控制点数', '最新报告：期间', '最新报告：状态', '最新报告：评级'],
    quarter: '{year}年第{index}季度', month: '{year}年{index}月',
  },
};

export const passportWords: Record<Language, Words> = { ru, en, zh };
export type PassportWords = Words;

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
