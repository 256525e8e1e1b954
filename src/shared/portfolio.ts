/**
 * The rules of the project portfolio that the server and the web share: lifecycle stages and their
 * gates, the status of a control point from its dates, dependency cycles and the critical path,
 * reporting periods and when a report for one is late.
 */
export const projectStages = ['initiation', 'planning', 'execution', 'closing', 'suspended'] as const;
export type ProjectStage = (typeof projectStages)[number];

/** Stage gates: forward one step at a time; suspension from any open stage, and back from it. */
export const stageTransitions: Record<ProjectStage, ProjectStage[]> = {
  initiation: ['planning', 'suspended'],
  planning: ['execution', 'suspended'],
  execution: ['closing', 'suspended'],
  closing: [],
  suspended: ['planning', 'execution'],
};

export const projectHealthStates = ['green', 'amber', 'red', 'none'] as const;
export type ProjectHealth = (typeof projectHealthStates)[number];
export const ragStates = ['green', 'amber', 'red'] as const;

export const budgetSources = ['federal', 'regional', 'extra_budgetary', 'partners'] as const;
export const resultKinds = ['product', 'service', 'event', 'document', 'infrastructure'] as const;
export const riskStatuses = ['open', 'mitigated', 'occurred', 'closed'] as const;
export const reportPeriodKinds = ['month', 'quarter'] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];
export const reportStatuses = ['submitted', 'returned', 'approved'] as const;

export const controlPointStatuses = ['planned', 'at_risk', 'overdue', 'done', 'done_late'] as const;
export type ControlPointStatus = (typeof controlPointStatuses)[number];

/** Done when it has an actual date (late if after the due date); overdue once the due date passed; at risk when forecast after due. */
export function controlPointStatus(point: { dueOn: string; forecastOn: string | null; actualOn: string | null }, today: string): ControlPointStatus {
  if (point.actualOn) return point.actualOn > point.dueOn ? 'done_late' : 'done';
  if (point.dueOn < today) return 'overdue';
  if (point.forecastOn && point.forecastOn > point.dueOn) return 'at_risk';
  return 'planned';
}

/** A risk's score: probability × impact, 1 to 25. */
export const riskScore = (risk: { probability: number; impact: number }) => risk.probability * risk.impact;

type Node = { key: string; dependsOn: string[] };

/** The keys of one dependency cycle, in order, or null when there is none. */
export function findCycle(nodes: Node[]): string[] | null {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const state = new Map<string, 'open' | 'closed'>();
  const stack: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'closed') return null;
    if (state.get(key) === 'open') return [...stack.slice(stack.indexOf(key)), key];
    state.set(key, 'open');
    stack.push(key);
    for (const next of byKey.get(key)?.dependsOn ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(key, 'closed');
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.key);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The critical (driving) path: from the point that finishes last, back through the predecessor
 * that finishes last, to a point with no predecessors. A slip on any of them moves the end.
 * Assumes no cycles (they are refused on write).
 */
export function criticalPath(points: (Node & { finishOn: string })[]): string[] {
  if (points.length === 0) return [];
  const byKey = new Map(points.map((p) => [p.key, p]));
  let current = points.reduce((last, p) => (p.finishOn > last.finishOn ? p : last));
  const path = [current.key];
  for (;;) {
    const predecessors = current.dependsOn.map((k) => byKey.get(k)).filter((p): p is NonNullable<typeof p> => !!p);
    if (predecessors.length === 0) break;
    current = predecessors.reduce((last, p) => (p.finishOn > last.finishOn ? p : last));
    if (path.includes(current.key)) break;
    path.unshift(current.key);
  }
  return path;
}

/** The last day of a month (1–12) or quarter (1–4). */
export function periodEnd(kind: ReportPeriodKind, year: number, index: number): string {
  const month = kind === 'quarter' ? index * 3 : index;
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Days after the end of the period a report is due by. */
export const reportGraceDays = 15;

export function reportDueOn(kind: ReportPeriodKind, year: number, index: number): string {
  const end = Date.parse(`${periodEnd(kind, year, index)}T00:00:00Z`);
  return new Date(end + reportGraceDays * 86_400_000).toISOString().slice(0, 10);
}

/** A report is late when it reached the curator after its due day. */
export const isReportLate = (kind: ReportPeriodKind, year: number, index: number, submittedOn: string) => submittedOn > reportDueOn(kind, year, index);
