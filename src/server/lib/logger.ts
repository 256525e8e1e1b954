import pino, { type DestinationStream } from 'pino';

/** Credentials never reach the log, whatever logs a request. */
export const redactedPaths = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password', '*.newPassword', '*.currentPassword'];

/** The fields of a database error that describe the fault; `detail` and `where` quote row values. */
const databaseErrorFields = ['code', 'severity', 'schema', 'table', 'column', 'constraint', 'routine'] as const;

/**
 * An error as it may be logged: a failed query keeps its SQL (which has placeholders) but not its
 * parameters, and a database error loses the parts that quote the row — both can hold personal data.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const queryFailure = error.constructor.name === 'DrizzleQueryError' && 'query' in error;
  const safe: Record<string, unknown> = {
    type: error.constructor.name,
    message: queryFailure ? 'query failed' : error.message,
    // A failed query's message (the first lines of its stack) lists the parameters: keep the frames only.
    stack: queryFailure ? error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n') : error.stack,
  };
  if (queryFailure) safe.query = (error as Error & { query: string }).query;
  for (const field of databaseErrorFields) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') safe[field] = value;
  }
  if (error.cause !== undefined) safe.cause = loggableError(error.cause);
  return safe;
}

export function createLogger(level: string, destination?: DestinationStream): pino.Logger {
  return pino({ level, redact: redactedPaths, serializers: { err: loggableError } }, destination);
}
