/**
 * The passport as an XLSX workbook, one sheet per section in the standard order: basics,
 * participants, results, control points, budget, risks. Texts are written as plain string cells, so
 * nothing in them runs as a formula; headings are in the reader's language.
 */
import ExcelJS from 'exceljs';
import type { Project } from '../../../shared/contracts/portfolio';
import { pickLocalized, type Language } from '../../../shared/languages';

const headings = {
  ru: {
    sheets: ['Паспорт', 'Участники', 'Результаты', 'Контрольные точки', 'Бюджет', 'Риски'],
    basics: ['Код', 'Краткое наименование', 'Полное наименование', 'Цель', 'Начало', 'Окончание', 'Этап', 'Куратор', 'Руководитель', 'Версия паспорта'],
    participants: ['Организация', 'Роль', 'Загрузка, %'],
    results: ['Ключ', 'Результат', 'Тип', 'Срок', 'Ответственный'],
    points: ['Ключ', 'Контрольная точка', 'Начало', 'Срок', 'Прогноз', 'Факт', 'Статус', 'Критический путь', 'Зависит от'],
    budget: ['Год', 'Источник', 'Результат', 'План, руб.', 'Факт, руб.', 'Отклонение, руб.'],
    risks: ['Риск', 'Вероятность', 'Влияние', 'Оценка', 'Меры', 'Владелец', 'Статус'],
    field: 'Поле', value: 'Значение',
  },
  en: {
    sheets: ['Passport', 'Participants', 'Results', 'Control points', 'Budget', 'Risks'],
    basics: ['Code', 'Short name', 'Full name', 'Goal', 'Start', 'End', 'Stage', 'Curator', 'Manager', 'Passport version'],
    participants: ['Organization', 'Role', 'Workload, %'],
    results: ['Key', 'Result', 'Type', 'Deadline', 'Responsible'],
    points: ['Key', 'Control point', 'Start', 'Due', 'Forecast', 'Actual', 'Status', 'Critical path', 'Depends on'],
    budget: ['Year', 'Source', 'Result', 'Plan, RUB', 'Actual, RUB', 'Deviation, RUB'],
    risks: ['Risk', 'Probability', 'Impact', 'Score', 'Mitigation', 'Owner', 'Status'],
    field: 'Field', value: 'Value',
  },
  zh: {
    sheets: ['项目护照', '参与方', '成果', '控制点', '预算', '风险'],
    basics: ['编号', '简称', '全称', '目标', '开始', '结束', '阶段', '督导人', '项目负责人', '护照版本'],
    participants: ['组织', '角色', '工作量（%）'],
    results: ['键', '成果', '类型', '期限', '负责人'],
    points: ['键', '控制点', '开始', '期限', '预测', '实际', '状态', '关键路径', '依赖于'],
    budget: ['年份', '资金来源', '成果', '计划（卢布）', '实际（卢布）', '偏差（卢布）'],
    risks: ['风险', '可能性', '影响', '评分', '应对措施', '负责人', '状态'],
    field: '字段', value: '值',
  },
} satisfies Record<Language, unknown>;

type Cell = string | number | null;

export async function passportWorkbook(project: Project, language: Language): Promise<Buffer> {
  const h = headings[language];
  const text = (value: { ru: string | null; en: string | null; zh: string | null }) => pickLocalized(value, language);
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, columns: string[], rows: Cell[][]) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.addRow(columns).font = { bold: true };
    for (const row of rows) worksheet.addRow(row);
    worksheet.columns.forEach((column) => { column.width = 24; });
  };
  const basics: Cell[] = [
    project.code, text(project.shortName), text(project.fullName), text(project.goal), project.startsOn, project.endsOn, project.stage,
    project.curator?.fullName ?? null, project.manager?.fullName ?? null, project.version,
  ];
  sheet(h.sheets[0]!, [h.field, h.value], h.basics.map((label, i) => [label, basics[i] ?? null]));
  sheet(h.sheets[1]!, h.participants, project.participants.map((p) => [text(p.organizationName), p.role, p.workloadPercent]));
  sheet(h.sheets[2]!, h.results, project.results.map((r) => [r.key, text(r.name), r.kind, r.dueOn, r.responsible]));
  sheet(h.sheets[3]!, h.points, project.controlPoints.map((p) => [p.key, text(p.title), p.startsOn, p.dueOn, p.forecastOn, p.actualOn, p.status, p.critical ? '✓' : null, p.dependsOn.join(', ')]));
  sheet(h.sheets[4]!, h.budget, project.budget.map((b) => [b.year, b.source, b.resultKey, b.planRub, b.actualRub, b.deviationRub]));
  sheet(h.sheets[5]!, h.risks, project.risks.map((r) => [r.description, r.probability, r.impact, r.score, r.mitigation, r.owner, r.status]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
