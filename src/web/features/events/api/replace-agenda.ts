import type { eventDetails, AgendaItemInput } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

/** The agenda is sent whole: its order is the order of the items. */
export const replaceAgenda = (eventId: string, items: AgendaItemInput[]) => apiRequest<AnswerOf<typeof eventDetails>>('PUT', eventPath(eventId, '/agenda'), { items });

export const useReplaceAgenda = (eventId: string) => useEventMutation(eventId, (items: AgendaItemInput[]) => replaceAgenda(eventId, items));
