import type { identityErrorMessages } from '../../../shared/errors/identity';

export const identityErrorStatuses: Record<keyof typeof identityErrorMessages, number> = {
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DEACTIVATED: 403,
  WRONG_CURRENT_PASSWORD: 400,
  CSRF_TOKEN_INVALID: 403,
  EMAIL_TAKEN: 409,
  SCOPE_REQUIRED: 400,
  SCOPE_NOT_ECOSYSTEM: 400,
  CANNOT_DEACTIVATE_SELF: 400,
};
