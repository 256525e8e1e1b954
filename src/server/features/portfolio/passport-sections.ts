/**
 * The passport as sections of fields and tables, in the standard order, in the reader's language.
 * Built once from the passport the API shows; the XLSX workbook and the DOCX document both render
 * from it, so the two files can never disagree about what the passport says.
 */
import type { Project } from '../../../shared/contracts/portfolio';
import { pickLocalized, type Language } from '../../../shared/languages';
import { fill, passportWords } from './passport-words';
import type { PassportIndicator } from './passport-indicators.repo';

export type Cell = string | number | null;
export type PassportBlock =
  | { kind: 'fields'; rows: [string, Cell][] }
  | { kind: 'text'; text: string }
  | { kind: 'table'; caption: string | null; columns: string[]; rows: Cell[][] };
export type PassportSection = { key: 'basics' | 'roles' | 'goal' | 'results' | 'points' | 'budget' | 'risks'; title: string; sheetName: string; blocks: PassportBlock[] };
export type PassportModel = { title: string; language: Language; sections: PassportSection[] };

type Localized = { ru: string | null; en: string | null; zh: string | null };

export function passportSections(project: Project, indicators: PassportIndicator[], language: Language): PassportModel {
  const w = passportWords[language];
  const text = (value: Localized) => pickLocalized(value, language) || null;
  const list = (items: (string | null)[]) => items.filter(Boolean).join('; ') || null;
  const indicatorCode = (id: string) => indicators.find((i) => i.id === id)?.code ?? id;
  const table = (caption: string | null, columns: string[], rows: Cell[][]): PassportBlock => ({ kind: 'table', caption, columns, rows });

  const basics: PassportSection = {
    key: 'basics', title: w.sections.basics, sheetName: w.sheets.basics,
    blocks: [
      { kind: 'fields', rows: [
        [w.basics.code, project.code],
        [w.basics.shortName, text(project.shortName)],
        [w.basics.fullName, text(project.fullName)],
        [w.basics.portfolio, `${project.portfolio.code} ${text(project.portfolio.name) ?? ''}`.trim()],
        [w.basics.program, project.program ? `${project.program.code} ${text(project.program.name) ?? ''}`.trim() : null],
        [w.basics.directions, list(project.directions.map((d) => d.code))],
        [w.basics.ecosystems, list(project.ecosystems.map((e) => text(e.name)))],
        [w.basics.agreements, list(project.agreements.map((a) => [a.number, text(a.title)].filter(Boolean).join(' ')))],
        [w.basics.nationalGoals, list(project.nationalGoals)],
        [w.basics.startsOn, project.startsOn],
        [w.basics.endsOn, project.endsOn],
        [w.basics.stage, w.stages[project.stage]],
        [w.basics.version, project.version],
      ] },
      ...(project.stageGates.length ? [table(w.stageGates, w.gateColumns, project.stageGates.map((g) => [
        w.stages[g.fromStage], w.stages[g.toStage], g.approvedBy, g.approvedAt.slice(0, 10), g.comment,
      ]))] : []),
    ],
  };

  const person = (role: string, user: { fullName: string; email: string } | null): Cell[] => [role, user?.fullName ?? null, user?.email ?? null];
  const roles: PassportSection = {
    key: 'roles', title: w.sections.roles, sheetName: w.sheets.roles,
    blocks: [
      table(w.people, w.personColumns, [
        person(w.roles.curator, project.curator),
        person(w.roles.manager, project.manager),
        [w.roles.administrator, project.administrator ? text(project.administrator.fullName) : null, null],
      ]),
      table(w.participants, w.participantColumns, project.participants.map((p) => [text(p.organizationName), p.role, p.workloadPercent])),
    ],
  };

  const goal: PassportSection = {
    key: 'goal', title: w.sections.goal, sheetName: w.sheets.goal,
    blocks: [
      { kind: 'fields', rows: [[w.goal, text(project.goal)]] },
      table(w.indicators, w.indicatorColumns, indicators.map((i) => [
        i.code, text(i.name), i.unit,
        i.baseValue === null ? null : `${i.baseValue}${i.baseYear ? ` (${i.baseYear})` : ''}`,
        list(i.targets.map((t) => `${t.year}: ${t.value}`)),
        i.calculationMethod, i.dataSource, i.responsible,
      ])),
    ],
  };

  const results: PassportSection = {
    key: 'results', title: w.sections.results, sheetName: w.sheets.results,
    blocks: [table(null, w.resultColumns, project.results.map((r) => [
      r.key, text(r.name), w.resultKinds[r.kind], r.dueOn, r.responsible,
      list(Object.entries(r.valuesByYear).sort(([a], [b]) => a.localeCompare(b)).map(([year, value]) => `${year}: ${value}`)),
      list(r.influence.map((i) => `${indicatorCode(i.indicatorId)}: ${i.percent}%`)),
    ]))],
  };

  const points: PassportSection = {
    key: 'points', title: w.sections.points, sheetName: w.sheets.points,
    blocks: [table(null, w.pointColumns, project.controlPoints.map((p) => [
      p.key, text(p.title), p.resultKey, p.startsOn, p.dueOn, p.forecastOn, p.actualOn, w.pointStatus[p.status], p.responsible,
      p.dependsOn.join(', ') || null, p.critical ? w.yes : null,
    ]))],
  };

  // Lines by year, then source; each year closes with its total, the table with the grand total.
  const years = [...new Set(project.budget.map((b) => b.year))].sort((a, b) => a - b);
  const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const totalRow = (label: string, lines: Project['budget']): Cell[] => {
    const actual = lines.some((l) => l.actualRub !== null) ? sum(lines.map((l) => l.actualRub)) : null;
    const plan = sum(lines.map((l) => l.planRub));
    return [label, null, null, plan, actual, actual === null ? null : actual - plan];
  };
  const budgetRows = years.flatMap((year) => {
    const lines = project.budget.filter((b) => b.year === year);
    // A year is a label, not an amount: written as text, it is never shown as 2,026.
    return [...lines.map((b): Cell[] => [String(b.year), w.sources[b.source], b.resultKey, b.planRub, b.actualRub, b.deviationRub]), totalRow(fill(w.yearTotal, { year }), lines)];
  });
  const budget: PassportSection = {
    key: 'budget', title: w.sections.budget, sheetName: w.sheets.budget,
    blocks: [table(null, w.budgetColumns, project.budget.length ? [...budgetRows, totalRow(w.total, project.budget)] : [])],
  };

  const risks: PassportSection = {
    key: 'risks', title: w.sections.risks, sheetName: w.sheets.risks,
    blocks: [table(null, w.riskColumns, project.risks.map((r) => [r.description, r.probability, r.impact, r.score, r.mitigation, r.owner, w.riskStatus[r.status]]))],
  };

  const name = text(project.shortName);
  return { title: `${w.title}: ${project.code}${name ? ` — ${name}` : ''}`, language, sections: [basics, roles, goal, results, points, budget, risks] };
}
