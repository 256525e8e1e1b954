import { fieldIssueMessages } from '../../shared/errors';
import { AppError } from './errors';
import type { App } from './http';
import { requestLanguage } from './request-language';

/** Paths of strings holding NUL, which no text column can store (PostgreSQL refuses it outright). */
function nulPaths(value: unknown, path: string, found: string[]): string[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulPaths(item, `${path}.${index}`, found));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) nulPaths(item, `${path}.${key}`, found);
  }
  return found;
}

/**
 * Before any contract runs: a NUL character anywhere in the query or a JSON body is refused as an
 * invalid value of its field, so no handler ever meets it.
 */
export function registerInputHygiene(app: App) {
  app.addHook('preValidation', async (request) => {
    const paths = [...nulPaths(request.query, 'querystring', []), ...nulPaths(request.body, 'body', [])];
    if (paths.length === 0) return;
    const message = fieldIssueMessages.invalid_value[requestLanguage(request)];
    throw new AppError('VALIDATION_FAILED', { issues: paths.map((path) => ({ path, kind: 'invalid_value', message })) });
  });
}
