import { describe, expect, it } from 'vitest';
import { evaluateFormula, findFormulaCycle, formulaReferences, FormulaSyntaxError, parseFormula } from './indicator-formula';

describe('formulas', () => {
  it('parses references, precedence and parentheses', () => {
    const tree = parseFormula('{A} + {B} * 2 - ({C} - 1) / 4');
    expect(formulaReferences(tree)).toEqual(['A', 'B', 'C']);
    const values: Record<string, number> = { A: 10, B: 3, C: 9 };
    expect(evaluateFormula(tree, (code) => values[code] ?? null)).toBe(10 + 6 - 2);
    expect(evaluateFormula(parseFormula('-{A} * 0.5'), () => 8)).toBe(-4);
  });

  it('has no value when a reference has none or when dividing by zero', () => {
    expect(evaluateFormula(parseFormula('{A} + {B}'), (code) => (code === 'A' ? 1 : null))).toBeNull();
    expect(evaluateFormula(parseFormula('{A} / {B}'), (code) => (code === 'A' ? 1 : 0))).toBeNull();
  });

  it('refuses what is not a formula, with the position', () => {
    for (const text of ['{A} +', '{A} ** 2', 'process.exit()', '{A', '({A}', '{} + 1']) {
      expect(() => parseFormula(text), text).toThrow(FormulaSyntaxError);
    }
  });

  it('finds a cycle through other formulas, and none where there is none', () => {
    const refs: Record<string, string[]> = { B: ['C'], C: ['A'], D: [] };
    expect(findFormulaCycle('A', ['B'], (code) => refs[code] ?? [])).toEqual(['A', 'B', 'C', 'A']);
    expect(findFormulaCycle('A', ['A'], () => [])).toEqual(['A', 'A']);
    expect(findFormulaCycle('A', ['D'], (code) => refs[code] ?? [])).toBeNull();
  });
});
