import type { eventDetails } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

/** The agreements signed at the event, sent whole: linking adds one to the list, unlinking leaves it out. */
export const linkAgreements = (eventId: string, agreementIds: string[]) => apiRequest<AnswerOf<typeof eventDetails>>('PUT', eventPath(eventId, '/agreements'), { agreementIds });

export const useLinkAgreements = (eventId: string) => useEventMutation(eventId, (agreementIds: string[]) => linkAgreements(eventId, agreementIds));
