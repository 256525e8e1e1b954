/**
 * The rules an indicator's definition and figures must keep; each failure is a clear error and
 * nothing is written.
 */
import { periodsPerYear, unitFactor, type IndicatorUnit, type PeriodKind } from '../../../shared/domain';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/errors';
import { findFormulaCycle, formulaReferences, FormulaSyntaxError, parseFormula } from './indicator-formula';
import * as repo from './indicators.repo';

type PeriodTarget = { year: number; periodKind: PeriodKind; periodIndex: number; value: number };

export function checkTargets(baseYear: number | null | undefined, targets: PeriodTarget[]) {
  for (const target of targets) {
    if (baseYear !== null && baseYear !== undefined && target.year < baseYear) throw new AppError('TARGET_BEFORE_BASE_YEAR', { year: target.year, baseYear });
    const periods = periodsPerYear[target.periodKind];
    const indexOk = target.periodKind === 'year' ? target.periodIndex === 0 : target.periodIndex >= 1 && target.periodIndex <= periods;
    if (!indexOk) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'targets', issue: 'invalid_value' }] });
  }
  const keys = targets.map((t) => `${t.year}/${t.periodKind}/${t.periodIndex}`);
  if (new Set(keys).size !== keys.length) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'targets', issue: 'invalid_value' }] });
}

/** A percentage is a share: 0 to 100. */
export function checkPercent(unit: IndicatorUnit, values: (number | null | undefined)[]) {
  if (unit !== 'percent') return;
  const bad = values.find((v) => v !== null && v !== undefined && (v < 0 || v > 100));
  if (bad !== undefined) throw new AppError('PERCENT_OUT_OF_RANGE', { value: bad });
}

/** Parses the formula, checks its references exist and that none leads back to `code`. */
export async function checkFormula(db: Executor, code: string, formula: string | null | undefined) {
  if (!formula) return;
  let references: string[];
  try {
    references = formulaReferences(parseFormula(formula));
  } catch (error) {
    if (error instanceof FormulaSyntaxError) throw new AppError('FORMULA_INVALID', { position: error.position });
    throw error;
  }
  const known = new Set((await repo.findIndicatorsByCodes(db, references)).map((r) => r.code));
  const unknown = references.filter((r) => r !== code && !known.has(r));
  if (unknown.length) throw new AppError('FORMULA_INVALID', { unknownCodes: unknown });
  const formulas = new Map((await repo.listFormulas(db)).map((f) => [f.code, f.formula!]));
  const referencesOf = (other: string) => {
    const text = formulas.get(other);
    if (!text || other === code) return [];
    try {
      return formulaReferences(parseFormula(text));
    } catch {
      return [];
    }
  };
  const cycle = findFormulaCycle(code, references, referencesOf);
  if (cycle) throw new AppError('FORMULA_CYCLE', { cycle });
}

/** A child counts towards a parent only in a unit that converts, and never in a circle. */
export async function checkContribution(db: Executor, parent: repo.IndicatorRow, child: repo.IndicatorRow) {
  if (unitFactor(child.unit as IndicatorUnit, parent.unit as IndicatorUnit) === null) {
    throw new AppError('UNIT_MISMATCH', { parentUnit: parent.unit, childUnit: child.unit });
  }
  if (parent.id === child.id) throw new AppError('CONTRIBUTION_CYCLE', { path: [parent.code, child.code] });
  const links = await repo.listAllContributionLinks(db);
  // Would the parent be reachable downwards from the child? Then the new link closes a circle.
  const children = (id: string) => links.filter((l) => l.parentId === id).map((l) => l.childId);
  const seen = new Set<string>();
  const stack = [child.id];
  while (stack.length) {
    const current = stack.pop()!;
    if (current === parent.id) throw new AppError('CONTRIBUTION_CYCLE', { parent: parent.code, child: child.code });
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...children(current));
  }
}
