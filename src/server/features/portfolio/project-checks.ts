/** Checks of passport sections before anything is written: a refused section changes nothing. */
import type { z } from 'zod';
import type { budgetLineInput, controlPointInput } from '../../../shared/contracts/portfolio';
import { findCycle } from '../../../shared/portfolio';
import { AppError } from '../../lib/errors';

type ControlPointInput = z.infer<typeof controlPointInput>;
type BudgetLineInput = z.infer<typeof budgetLineInput>;

export function checkProjectDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw new AppError('PROJECT_DATES_OUT_OF_ORDER', { startsOn, endsOn });
}

export function checkUniqueKeys(section: string, keys: string[]) {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new AppError('DUPLICATE_KEY', { section, key });
    seen.add(key);
  }
}

/**
 * Control points: unique keys, known results and predecessors, no cycle, and every date within the
 * project's dates (an actual date too: work done before the project began is not the project's).
 */
export function checkControlPoints(points: ControlPointInput[], project: { startsOn: string; endsOn: string }, resultKeys: string[]) {
  checkUniqueKeys('controlPoints', points.map((p) => p.key));
  const keys = new Set(points.map((p) => p.key));
  for (const point of points) {
    if (point.resultKey && !resultKeys.includes(point.resultKey)) throw new AppError('UNKNOWN_KEY', { section: 'results', key: point.resultKey });
    for (const key of point.dependsOn) if (!keys.has(key)) throw new AppError('UNKNOWN_KEY', { section: 'controlPoints', key });
    for (const field of ['startsOn', 'dueOn', 'forecastOn', 'actualOn'] as const) {
      const value = point[field];
      if (value && (value < project.startsOn || value > project.endsOn)) {
        throw new AppError('CONTROL_POINT_OUTSIDE_PROJECT', { key: point.key, field, value, startsOn: project.startsOn, endsOn: project.endsOn });
      }
    }
  }
  const cycle = findCycle(points);
  if (cycle) throw new AppError('DEPENDENCY_CYCLE', { cycle });
}

/** Budget lines: known results, one line per year, source and result, no actual for a year not yet begun. */
export function checkBudget(lines: BudgetLineInput[], resultKeys: string[], today: string) {
  checkUniqueKeys('budget', lines.map((l) => `${l.year}/${l.source}/${l.resultKey ?? ''}`));
  const currentYear = Number(today.slice(0, 4));
  for (const line of lines) {
    if (line.resultKey && !resultKeys.includes(line.resultKey)) throw new AppError('UNKNOWN_KEY', { section: 'results', key: line.resultKey });
    if (line.actualRub !== null && line.year > currentYear) throw new AppError('BUDGET_ACTUAL_IN_FUTURE', { year: line.year, currentYear });
  }
}
