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
  NOT_AN_ECOSYSTEM: 404,
  UNKNOWN_RESIDENT_TYPE: 400,
  MEMBERSHIP_OF_ITSELF: 400,
  MEMBERSHIP_OVERLAP: 409,
  MEMBERSHIP_END_DATE_REQUIRED: 400,
  MEMBERSHIP_DATES_REVERSED: 400,
  MEMBERSHIP_ENDED: 409,
  REGISTRATION_NUMBER_TAKEN: 409,
  CONSENT_REQUIRED: 409,
  CONSENT_ALREADY_GIVEN: 409,
  CONSENT_NOT_GIVEN: 409,
  CONTACT_ERASED: 409,
  RATE_LIMITED: 429,
  IDENTIFIER_TAKEN: 409,
  POSSIBLE_DUPLICATE: 409,
  UNKNOWN_ACTIVITY_CODE: 400,
  UNKNOWN_DIRECTION: 400,
  MERGE_INTO_ITSELF: 400,
  IMPORT_FILE_EMPTY: 400,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_TOO_MANY_ROWS: 413,
  IMPORT_FILE_UNREADABLE: 400,
  IMPORT_DUPLICATE_ROW: 400,
  IMPORT_HAS_ERRORS: 409,
  IMPORT_NOT_READY: 409,
  LOGO_NOT_AN_IMAGE: 415,
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
