import type { infrastructureErrorMessages } from '../../../shared/errors/infrastructure';

export const infrastructureErrorStatuses: Record<keyof typeof infrastructureErrorMessages, number> = {
  PRICE_INCOMPLETE: 400,
  AREA_RANGE_REVERSED: 400,
  PROPOSED_OBJECT_OF_ANOTHER_PARK: 400,
  INVESTOR_REQUEST_CLOSED: 409,
  DECLINE_REASON_REQUIRED: 400,
  PHOTO_NOT_AN_IMAGE: 415,
  TOO_MANY_PHOTOS: 400,
};
