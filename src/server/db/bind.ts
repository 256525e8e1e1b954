import { sql } from 'drizzle-orm';

/**
 * How a statement holds a value: as itself (`inline`, for a statement built each time it runs) or
 * as a named placeholder of a statement built once per shape and executed with its values
 * (`placeholder`, or `recordingPlaceholders` which also writes the values down). One builder then
 * serves both: its branches follow the shape, its values go through `bind`.
 */
export type Bind = (name: string, value: unknown) => unknown;

/** The value as one parameter: an array stays one (a PostgreSQL array), not a list. */
export const inline: Bind = (_name, value) => sql.param(value);

/** A placeholder whose value is given at execution. */
export const placeholder: Bind = (name) => sql.placeholder(name);

/** Placeholders, with the values bound to them written down for the execution. */
export function recordingPlaceholders(): { bind: Bind; values: Record<string, unknown> } {
  const values: Record<string, unknown> = {};
  return {
    values,
    bind: (name, value) => {
      values[name] = value;
      return sql.placeholder(name);
    },
  };
}
