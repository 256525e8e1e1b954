import type { StrategicDashboard } from '../../../shared/contracts/indicators';
import type { Language } from '../../../shared/languages';
import { toXlsx, type Table } from '../../lib/spreadsheet';

/** Column titles of the dashboard export, in the caller's language. */
const titles: Record<Language, string[]> = {
  ru: ['Код', 'Показатель', 'Уровень', 'Единица', 'Базовый год', 'Базовое значение', 'Целевой год', 'Цель', 'Последний год', 'Факт', 'Прогресс, %', 'Отклонение от плана', 'Прогноз (линейный)', 'Прогноз (CAGR)', 'Требуемый прирост в год', 'Требуемый темп, %', 'Статус', 'Вклад: план', 'Вклад: факт', 'Не покрыто'],
  en: ['Code', 'Indicator', 'Level', 'Unit', 'Base year', 'Base value', 'Target year', 'Target', 'Latest year', 'Actual', 'Progress, %', 'Deviation from plan', 'Forecast (linear)', 'Forecast (CAGR)', 'Required increase per year', 'Required growth, %', 'Status', 'Contributions: planned', 'Contributions: actual', 'Uncovered'],
  zh: ['代码', '指标', '层级', '单位', '基准年', '基准值', '目标年', '目标', '最新年份', '实际', '进度，%', '与计划偏差', '预测（线性）', '预测（CAGR）', '每年所需增量', '所需增长率，%', '状态', '贡献：计划', '贡献：实际', '未覆盖'],
};

/** The status and level words of the page, so that the file reads like it. */
const statusWords: Record<Language, Record<string, string>> = {
  ru: { on_track: 'В графике', at_risk: 'Под риском', off_track: 'Отстаёт', no_data: 'Мало данных' },
  en: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'Too little data' },
  zh: { on_track: '按计划', at_risk: '有风险', off_track: '滞后', no_data: '数据不足' },
};
const levelWords: Record<Language, Record<string, string>> = {
  ru: { regional: 'Региональный', program: 'Программа', project: 'Проект', organization: 'Организация' },
  en: { regional: 'Regional', program: 'Program', project: 'Project', organization: 'Organization' },
  zh: { regional: '地区', program: '计划', project: '项目', organization: '组织' },
};

const round = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** One row per indicator of the dashboard, with the figures the page shows. */
export async function strategicDashboardXlsx(dashboard: StrategicDashboard, language: Language): Promise<Buffer> {
  const rows = [...dashboard.targets, ...dashboard.programIndicators].map((indicator) => {
    const summary = 'contributionSummary' in indicator ? (indicator.contributionSummary as { plannedTotal: number; actualTotal: number; uncovered: number | null }) : null;
    const forecast = (method: string) => round(indicator.analytics.forecasts.find((f) => f.method === method)?.valueAtTargetYear);
    const pace = indicator.analytics.requiredPace;
    return [
      indicator.code, indicator.name[language] ?? indicator.name.ru ?? indicator.name.en ?? '', levelWords[language][indicator.level] ?? indicator.level, indicator.unit,
      indicator.baseYear, indicator.baseValue, indicator.finalTarget?.year ?? null, indicator.finalTarget?.value ?? null,
      indicator.latestActual?.year ?? null, indicator.latestActual?.value ?? null, indicator.progressPercent,
      round(indicator.analytics.deviation), forecast('linear'), forecast('cagr'), round(pace?.absolutePerYear),
      pace?.ratePerYear === null || pace?.ratePerYear === undefined ? null : round(pace.ratePerYear * 100),
      statusWords[language][indicator.analytics.status] ?? indicator.analytics.status, summary ? round(summary.plannedTotal) : null, summary ? round(summary.actualTotal) : null, summary ? round(summary.uncovered) : null,
    ];
  });
  const table: Table = { columns: titles[language], rows };
  return toXlsx(table, 'Indicators');
}
