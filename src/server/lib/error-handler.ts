import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldIssueKind } from '../../shared/errors';
import { errorMessage, fieldIssueMessages } from '../../shared/errors';
import { AppError, statusByErrorCode } from './errors';
import { requestLanguage } from './request-language';

type FieldIssue = { path: string; kind: FieldIssueKind; message: string; params?: Record<string, unknown> };

function issueKind(code: string | undefined): FieldIssueKind {
  return code && code in fieldIssueMessages ? (code as FieldIssueKind) : 'custom';
}

function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, details?: Record<string, unknown>) {
  const language = requestLanguage(request);
  return reply
    .status(statusByErrorCode[code])
    .header('content-type', 'application/json; charset=utf-8')
    .send({ code, message: errorMessage(code, language), ...(details ? { details } : {}) });
}

/**
 * Errors Fastify meets before routing (a URL that does not decode, e.g. invalid UTF-8 in a path):
 * they bypass the error handler, and must answer with the same contract.
 */
export function answerFrameworkError(error: { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, (error.code && fastifyCodes[error.code]) || 'VALIDATION_FAILED', { reason: error.code ?? 'bad_request' });
}

/** Maps Fastify's own error codes (body parsing, limits) to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CHARSET: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'VALIDATION_FAILED',
  FST_CSRF_INVALID_TOKEN: 'CSRF_TOKEN_INVALID',
  FST_CSRF_MISSING_SECRET: 'CSRF_TOKEN_INVALID',
};

/**
 * What the database refused, by SQLSTATE: the last line of defence when a feature forgot to check
 * first. The transaction is already rolled back, so the answer is a refusal, not a fault; the log
 * says which constraint, so the missing check can be added where it belongs.
 */
const databaseRefusals: Record<string, ErrorCode> = {
  '23503': 'REFERENCE_NOT_FOUND', // foreign_key_violation
  '23505': 'CONFLICT', // unique_violation
  '23514': 'VALIDATION_FAILED', // check_violation
  '23502': 'VALIDATION_FAILED', // not_null_violation
  '22001': 'VALIDATION_FAILED', // string_data_right_truncation
  '22003': 'VALIDATION_FAILED', // numeric_value_out_of_range
  '22007': 'VALIDATION_FAILED', // invalid_datetime_format
  '22008': 'VALIDATION_FAILED', // datetime_field_overflow
  '22P02': 'VALIDATION_FAILED', // invalid_text_representation
};

function databaseRefusalOf(error: unknown): { code: ErrorCode; constraint?: string } | undefined {
  for (let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 3; current = current.cause as typeof current, depth++) {
    const code = typeof current.code === 'string' ? databaseRefusals[current.code] : undefined;
    if (code) return { code, ...(typeof current.constraint === 'string' ? { constraint: current.constraint } : {}) };
  }
  return undefined;
}

/** serveClientRoutes: when the web app is built, unknown non-API GETs are client routes: answer index.html. */
export function registerErrorHandler(app: FastifyInstance, serveClientRoutes: () => boolean) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(request, reply, error.code, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const language = requestLanguage(request);
      const issues: FieldIssue[] = error.validation.map((issue) => {
        // A custom refinement names its own kind of issue in params, e.g. invalid_identifier.
        const customKind = (issue.params as { params?: { kind?: string } }).params?.kind;
        const kind = issueKind(issue.keyword === 'custom' && customKind ? customKind : issue.keyword);
        const segments = issue.instancePath.split('/').filter(Boolean);
        const keys = (issue.params as { keys?: string[] }).keys;
        const path = [error.validationContext, ...segments, ...(kind === 'unrecognized_keys' && keys ? [keys.join(',')] : [])].join('.');
        const minimumOrMaximum = (issue.params as { minimum?: unknown; maximum?: unknown });
        const params = kind === 'too_small' || kind === 'too_big' ? { limit: minimumOrMaximum.minimum ?? minimumOrMaximum.maximum } : undefined;
        return { path, kind, message: fieldIssueMessages[kind][language], ...(params ? { params } : {}) };
      });
      return sendError(request, reply, 'VALIDATION_FAILED', { issues });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, url: request.url }, 'response did not match its schema');
      return sendError(request, reply, 'INTERNAL');
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped);
    if (error.statusCode === 429) return sendError(request, reply, 'RATE_LIMITED');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ code: error.code, message: error.message }, 'client error');
      const byStatus: Record<number, ErrorCode> = { 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED' };
      return sendError(request, reply, byStatus[error.statusCode] ?? 'VALIDATION_FAILED', { reason: error.code ?? 'bad_request' });
    }
    const refusal = databaseRefusalOf(error);
    if (refusal) {
      request.log.warn({ err: error }, 'refused by a database constraint, not by a check of the feature');
      return sendError(request, reply, refusal.code, { reason: 'database_constraint', ...(refusal.constraint ? { constraint: refusal.constraint } : {}) });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL');
  });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (!isApi && request.method === 'GET' && serveClientRoutes()) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });
}
