import type { z } from 'zod';
import { currentLanguage, loadErrorTexts } from '../i18n/i18n';

/**
 * What an endpoint answers, typed by its contract in src/shared/contracts. The web app uses the
 * contracts as types only: the server already validates every answer against the same schema
 * before it sends it (the response schema is also what filters private fields), so checking it
 * again here would only ship the validation library to every page.
 */
export type AnswerOf<Schema extends z.ZodType> = z.output<Schema>;

/** An answer of the API that is not a success: the code is what the interface translates. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const writeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

// One token per page load; writes fetch it lazily so that reading pages never pays for it.
let csrfToken: Promise<string> | null = null;

async function getCsrfToken(refresh = false): Promise<string> {
  if (refresh || !csrfToken) {
    csrfToken = send('GET', '/api/auth/csrf').then(async (response) => {
      const answer: unknown = await response.json();
      const token = isRecord(answer) ? answer.token : undefined;
      if (typeof token !== 'string') throw new ApiError(response.status, 'INTERNAL', 'The answer holds no CSRF token');
      return token;
    });
    csrfToken.catch(() => (csrfToken = null)); // a failed fetch must not stick
  }
  return csrfToken;
}

/** Forgets the CSRF token, e.g. after sign-in or sign-out when the session changes. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

/** A file goes as the body itself, with its own content type; everything else as JSON. */
async function send(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  const isFile = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = isFile ? body.type || 'application/octet-stream' : 'application/json';
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An error answer has the shape of `errorResponse` (src/shared/contracts/common.ts); anything else
 * is told apart. The error reaches its caller only once the error texts are in (they are not part
 * of the first load, ADR 042), so whoever shows it can say it in the reader's language at once; if
 * they cannot be fetched either, the caller's words for a network failure stand in.
 */
async function toApiError(response: Response): Promise<ApiError> {
  const [answer] = await Promise.all([response.json().catch((): unknown => null), loadErrorTexts().catch(() => undefined)]);
  if (isRecord(answer) && typeof answer.code === 'string' && typeof answer.message === 'string') {
    const details = isRecord(answer.details) ? answer.details : undefined;
    return new ApiError(response.status, answer.code, answer.message, details);
  }
  return new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'UNKNOWN', response.statusText);
}

async function sendWithCsrf(method: string, path: string, body?: unknown): Promise<Response> {
  if (!writeMethods.has(method)) return send(method, path, body);
  try {
    return await send(method, path, body, await getCsrfToken());
  } catch (error) {
    // The token may have expired with the session: fetch a fresh one and try exactly once more.
    if (error instanceof ApiError && error.code === 'CSRF_TOKEN_INVALID') {
      return send(method, path, body, await getCsrfToken(true));
    }
    throw error;
  }
}

/** Calls the API; the caller names the answer's contract: `apiRequest<AnswerOf<typeof x>>(…)`. */
export async function apiRequest<Answer>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Answer> {
  const response = await sendWithCsrf(method, path, body);
  return (await response.json()) as Answer;
}

/** For writes that answer 204 No Content. */
export async function apiSend(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<void> {
  await sendWithCsrf(method, path, body);
}

export const apiGet = <Answer>(path: string) => apiRequest<Answer>('GET', path);
