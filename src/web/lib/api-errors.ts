import { errorMessages, fieldIssueMessages, type ErrorCode, type FieldIssueKind } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { ApiError } from './api-client';

export type LocalizedError = {
  message: string;
  /** Field name (the last segment of the server's path, e.g. "email") → text. */
  fields: Record<string, string>;
};

const isErrorCode = (code: string): code is ErrorCode => code in errorMessages;
const isIssueKind = (kind: unknown): kind is FieldIssueKind => typeof kind === 'string' && kind in fieldIssueMessages;

/** The text a person should read for a failed call, in their language; networkText covers failures with no answer. */
export function localizeError(error: unknown, language: Language, networkText: string): LocalizedError {
  if (!(error instanceof ApiError)) return { message: networkText, fields: {} };
  const message = isErrorCode(error.code) ? errorMessages[error.code][language] : errorMessages.INTERNAL[language];
  const fields: Record<string, string> = {};
  const issues = Array.isArray(error.details?.issues) ? (error.details.issues as unknown[]) : [];
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, kind } = issue as { path?: unknown; kind?: unknown };
    if (typeof path !== 'string') continue;
    // "body.roles.0.scopeOrganizationId" → "roles.0.scopeOrganizationId": forms name fields without the location.
    const field = path.replace(/^(body|query|params)\./, '');
    fields[field] = fieldIssueMessages[isIssueKind(kind) ? kind : 'custom'][language];
  }
  return { message, fields };
}

export function isApiErrorCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof ApiError && error.code === code;
}
