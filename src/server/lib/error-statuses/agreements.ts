import type { agreementsErrorMessages } from '../../../shared/errors/agreements';

export const agreementsErrorStatuses: Record<keyof typeof agreementsErrorMessages, number> = {
  PARTY_TWICE: 400,
  SIGNATORY_NOT_A_PARTY: 400,
  RESPONSIBLE_NOT_A_PARTY: 400,
  TERMINATION_REASON_REQUIRED: 400,
  SIGNED_ON_REQUIRED: 400,
  EVIDENCE_REQUIRED: 400,
  RELATION_TO_ITSELF: 400,
  DOCUMENT_TYPE_NOT_ALLOWED: 415,
  DOCUMENT_TOO_LARGE: 413,
  PRESS_TEXT_EMPTY: 400,
  PRESS_TEXT_TOO_LARGE: 413,
};
