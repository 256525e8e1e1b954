import type { ErrorCode } from '../../shared/errors';
import { agreementsErrorStatuses } from './error-statuses/agreements';
import { eventsErrorStatuses } from './error-statuses/events';
import { commonErrorStatuses } from './error-statuses/common';
import { identityErrorStatuses } from './error-statuses/identity';
import { indicatorsErrorStatuses } from './error-statuses/indicators';
import { infrastructureErrorStatuses } from './error-statuses/infrastructure';
import { portfolioErrorStatuses } from './error-statuses/portfolio';
import { partneringErrorStatuses } from './error-statuses/partnering';
import { registryErrorStatuses } from './error-statuses/registry';

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

/** A new code cannot ship without a status: each area's Record makes it a type error. */
export const statusByErrorCode: Record<ErrorCode, number> = {
  ...commonErrorStatuses,
  ...identityErrorStatuses,
  ...registryErrorStatuses,
  ...indicatorsErrorStatuses,
  ...agreementsErrorStatuses,
  ...infrastructureErrorStatuses,
  ...portfolioErrorStatuses,
  ...eventsErrorStatuses,
  ...partneringErrorStatuses,
};

export const notFound = (entity: string, id?: string) => new AppError('NOT_FOUND', { entity, ...(id ? { id } : {}) });
