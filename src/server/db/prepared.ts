import type { Executor } from './client';

/**
 * Statements built once per database (or transaction) object and prepared by name, for the reads
 * every request makes (the caller's session, a list page). Building a Drizzle query costs more
 * than running it when the statement is small — the builder walks every column of the select —
 * and a named statement is also parsed and planned once per connection instead of on every call
 * (BENCHMARKS.md, ADR 034). Values are passed as `sql.placeholder`s at execution; a statement of
 * another shape (other filters, another sort) is another key, with a name of its own.
 */
export function preparedStatements<Statement>(): (db: Executor, key: string, build: () => Statement) => Statement {
  const byDatabase = new WeakMap<Executor, Map<string, Statement>>();
  return (db, key, build) => {
    let statements = byDatabase.get(db);
    if (!statements) byDatabase.set(db, (statements = new Map()));
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = build()));
    return statement;
  };
}

/** One statement of a single shape. */
export function preparedStatement<Statement>(build: (db: Executor) => Statement): (db: Executor) => Statement {
  const statements = preparedStatements<Statement>();
  return (db) => statements(db, '', () => build(db));
}
