import i18next from 'i18next';
import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { hasErrorTexts, loadErrorTexts } from '../i18n/i18n';
import { ApiError } from './api-client';

export type LocalizedError = {
  message: string;
  /** Field name (the last segment of the server's path, e.g. "email") → text. */
  fields: Record<string, string>;
};

// The error texts come in the language shown (ADR 040), not in all three, and with the first
// error answer (ADR 042): the API client waits for them before it lets an error answer go.
function loadedText(language: Language, key: string): string | undefined {
  const text: unknown = i18next.getResource(language, 'translation', key);
  return typeof text === 'string' ? text : undefined;
}

/** The text a person should read for a failed call, in their language; networkText covers failures with no answer. */
export function localizeError(error: unknown, language: Language, networkText: string): LocalizedError {
  if (!(error instanceof ApiError)) return { message: networkText, fields: {} };
  const message = loadedText(language, `apiErrors.${error.code}`) ?? loadedText(language, 'apiErrors.INTERNAL') ?? networkText;
  const fields: Record<string, string> = {};
  const issues = Array.isArray(error.details?.issues) ? (error.details.issues as unknown[]) : [];
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, kind } = issue as { path?: unknown; kind?: unknown };
    if (typeof path !== 'string') continue;
    // "body.roles.0.scopeOrganizationId" → "roles.0.scopeOrganizationId": forms name fields without the location.
    const field = path.replace(/^(body|query|params)\./, '');
    fields[field] = (typeof kind === 'string' ? loadedText(language, `fieldIssues.${kind}`) : undefined) ?? loadedText(language, 'fieldIssues.custom') ?? '';
  }
  return { message, fields };
}

export function isApiErrorCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof ApiError && error.code === code;
}

/**
 * Whether `error` can be said in `language` now. Errors made in the browser (a refused file, a
 * page the role may not open) do not pass through the API client, which fetches the error texts
 * with the first error answer: this fetches them then and re-renders when they are in (or when
 * they cannot be fetched, and the words for a network failure stand in).
 */
export function useErrorTexts(error: unknown, language: Language): boolean {
  const [fetched, setFetched] = useState(false);
  const ready = fetched || !(error instanceof ApiError) || hasErrorTexts(language);
  useEffect(() => {
    if (ready) return;
    let current = true;
    const settle = () => current && setFetched(true);
    loadErrorTexts().then(settle, settle);
    return () => {
      current = false;
    };
  }, [ready]);
  return ready;
}
