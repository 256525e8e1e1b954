/** The passport as the API shows it, built from the stored sections. */
import type { Project } from '../../../shared/contracts/portfolio';
import { controlPointStatus, criticalPath, riskScore, type ProjectHealth, type ProjectStage } from '../../../shared/portfolio';
import type { projects } from '../../db/schema/index';
import type { PassportRows } from './portfolio.repo';

const localized = (row: Record<string, unknown>, prefix: string) => ({
  ru: (row[`${prefix}Ru`] as string | null) ?? null,
  en: (row[`${prefix}En`] as string | null) ?? null,
  zh: (row[`${prefix}Zh`] as string | null) ?? null,
});

export function toProject(project: typeof projects.$inferSelect, health: string, rows: PassportRows, today: string, can: Project['can']): Project {
  const userOf = (id: string | null) => rows.projectUsers.find((u) => u.id === id) ?? null;
  const finishOf = (p: PassportRows['controlPoints'][number]) => p.actualOn ?? (p.forecastOn && p.forecastOn > p.dueOn ? p.forecastOn : p.dueOn);
  const critical = new Set(criticalPath(rows.controlPoints.map((p) => ({ key: p.key, dependsOn: p.dependsOn, finishOn: finishOf(p) }))));
  return {
    id: project.id,
    portfolio: { id: rows.portfolio.id, code: rows.portfolio.code, name: localized(rows.portfolio, 'name') },
    program: rows.program ? { id: rows.program.id, code: rows.program.code, name: localized(rows.program, 'name'), portfolioId: rows.program.portfolioId } : null,
    code: project.code,
    shortName: localized(project, 'shortName'),
    fullName: localized(project, 'fullName'),
    goal: localized(project, 'goal'),
    nationalGoals: project.nationalGoals,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    stage: project.stage as ProjectStage,
    health: health as ProjectHealth,
    version: project.version,
    directions: rows.directionRows,
    ecosystems: rows.ecosystemRows.map((e) => ({ id: e.id, name: localized(e, 'name') })),
    agreements: rows.agreementRows.map((a) => ({ id: a.id, number: a.number, title: localized(a, 'title') })),
    curator: userOf(project.curatorUserId),
    manager: userOf(project.managerUserId),
    administrator: rows.administrator ? { id: rows.administrator.id, fullName: localized(rows.administrator, 'fullName') } : null,
    participants: rows.participants.map(({ participant, ...org }) => ({
      organizationId: participant.organizationId, organizationName: localized(org, 'name'), personId: participant.personId, role: participant.role, workloadPercent: participant.workloadPercent,
    })),
    stageGates: rows.gates.map((g) => ({ fromStage: g.fromStage as ProjectStage, toStage: g.toStage as ProjectStage, approvedBy: g.approvedByName, approvedAt: g.approvedAt.toISOString(), comment: g.comment })),
    results: rows.results.map((r) => ({ key: r.key, name: localized(r, 'name'), kind: r.kind as Project['results'][number]['kind'], dueOn: r.dueOn, responsible: r.responsible, valuesByYear: r.valuesByYear, influence: r.influence })),
    controlPoints: rows.controlPoints.map((p) => ({
      key: p.key, resultKey: p.resultKey, title: localized(p, 'title'), startsOn: p.startsOn, dueOn: p.dueOn, forecastOn: p.forecastOn, actualOn: p.actualOn,
      responsible: p.responsible, evidenceUrl: p.evidenceUrl, obligationId: p.obligationId, dependsOn: p.dependsOn,
      status: controlPointStatus(p, today), critical: critical.has(p.key),
    })),
    budget: rows.budget.map((b) => ({
      year: b.year, source: b.source as Project['budget'][number]['source'], resultKey: b.resultKey, planRub: b.planRub, actualRub: b.actualRub,
      deviationRub: b.actualRub === null ? null : b.actualRub - b.planRub,
    })),
    risks: rows.risks.map((r) => ({ description: r.description, probability: r.probability, impact: r.impact, mitigation: r.mitigation, owner: r.owner, status: r.status as Project['risks'][number]['status'], score: riskScore(r) })),
    can,
  };
}

/** The passport without what the reader may do: what a version keeps and what the history compares. */
export function passportSnapshot(project: Project): Record<string, unknown> {
  const { can: _can, health: _health, ...rest } = project;
  return { ...rest, controlPoints: rest.controlPoints.map(({ status: _s, critical: _c, ...point }) => point) };
}
