import type { ErrorCode } from '../../shared/errors';

export type ErrorDetails = Record<string, unknown>;

/** The one error type that domain code throws; the error handler turns it into a response. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** A new code cannot ship without a status: the Record makes it a type error. */
export const statusByErrorCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_ID: 400,
  INVALID_CURSOR: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DEACTIVATED: 403,
  WRONG_CURRENT_PASSWORD: 400,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SCOPE_REQUIRED: 400,
  SCOPE_NOT_ECOSYSTEM: 400,
  CANNOT_DEACTIVATE_SELF: 400,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  DIRECTION_CODE_TAKEN: 409,
  DIRECTION_CYCLE: 400,
  DIRECTION_PARENT_INACTIVE: 400,
  DIRECTION_IN_USE: 409,
  DIRECTION_HAS_CHILDREN: 409,
  DIRECTION_CURATED: 409,
};

export const notFound = (entity: string, id?: string) => new AppError('NOT_FOUND', { entity, ...(id ? { id } : {}) });
