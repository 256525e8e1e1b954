import type { indicatorsErrorMessages } from '../../../shared/errors/indicators';

export const indicatorsErrorStatuses: Record<keyof typeof indicatorsErrorMessages, number> = {
  INDICATOR_CODE_TAKEN: 409,
  TARGET_BEFORE_BASE_YEAR: 400,
  UNIT_MISMATCH: 400,
  FORMULA_INVALID: 400,
  FORMULA_CYCLE: 400,
  CONTRIBUTION_CYCLE: 400,
  PERCENT_OUT_OF_RANGE: 400,
  ACTUAL_CONFIRMED: 409,
  ACTUAL_NOT_SUBMITTED: 409,
};
