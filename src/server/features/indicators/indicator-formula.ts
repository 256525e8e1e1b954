/**
 * Formulas over other indicators: `{CODE}` references, numbers, + - * / and parentheses. Parsed
 * by hand (never evaluated as code); references are checked to exist and never to come back to
 * the indicator itself through other formulas.
 */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; code: string }
  | { kind: 'neg'; operand: FormulaNode }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

export class FormulaSyntaxError extends Error {
  constructor(readonly position: number) {
    super(`formula syntax error at ${position}`);
  }
}

export function parseFormula(text: string): FormulaNode {
  let i = 0;
  const skip = () => { while (text[i] === ' ') i++; };
  const fail = (): never => { throw new FormulaSyntaxError(i); };

  function primary(): FormulaNode {
    skip();
    const char = text[i];
    if (char === '(') {
      i++;
      const inner = expression();
      skip();
      if (text[i] !== ')') fail();
      i++;
      return inner;
    }
    if (char === '-') { i++; return { kind: 'neg', operand: primary() }; }
    if (char === '{') {
      const end = text.indexOf('}', i);
      const code = end > i ? text.slice(i + 1, end).trim() : '';
      if (!/^[\w.-]+$/.test(code)) fail();
      i = end + 1;
      return { kind: 'ref', code };
    }
    const number = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (!number) fail();
    i += number![0].length;
    return { kind: 'number', value: Number(number![0]) };
  }

  function term(): FormulaNode {
    let left = primary();
    for (skip(); text[i] === '*' || text[i] === '/'; skip()) {
      const op = text[i++] as '*' | '/';
      left = { kind: 'op', op, left, right: primary() };
    }
    return left;
  }

  function expression(): FormulaNode {
    let left = term();
    for (skip(); text[i] === '+' || text[i] === '-'; skip()) {
      const op = text[i++] as '+' | '-';
      left = { kind: 'op', op, left, right: term() };
    }
    return left;
  }

  const tree = expression();
  skip();
  if (i !== text.length) fail();
  return tree;
}

export function formulaReferences(node: FormulaNode): string[] {
  if (node.kind === 'ref') return [node.code];
  if (node.kind === 'neg') return formulaReferences(node.operand);
  if (node.kind === 'op') return [...new Set([...formulaReferences(node.left), ...formulaReferences(node.right)])];
  return [];
}

/** The value, or null when a reference has no value or a division by zero happens. */
export function evaluateFormula(node: FormulaNode, valueOf: (code: string) => number | null): number | null {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'ref') return valueOf(node.code);
  if (node.kind === 'neg') {
    const value = evaluateFormula(node.operand, valueOf);
    return value === null ? null : -value;
  }
  const left = evaluateFormula(node.left, valueOf);
  const right = evaluateFormula(node.right, valueOf);
  if (left === null || right === null) return null;
  if (node.op === '+') return left + right;
  if (node.op === '-') return left - right;
  if (node.op === '*') return left * right;
  return right === 0 ? null : left / right;
}

/**
 * The path of a cycle that `code` would close with references `references`, given the references
 * of every other formula; null when there is none.
 */
export function findFormulaCycle(code: string, references: string[], referencesOf: (code: string) => string[]): string[] | null {
  const visit = (current: string, path: string[], seen: Set<string>): string[] | null => {
    if (current === code) return path;
    if (seen.has(current)) return null;
    seen.add(current);
    for (const next of referencesOf(current)) {
      const found = visit(next, [...path, next], seen);
      if (found) return found;
    }
    return null;
  };
  const seen = new Set<string>();
  for (const reference of references) {
    const found = visit(reference, [code, reference], seen);
    if (found) return found;
  }
  return null;
}
