import { eventDetails, type AgendaItemInput } from '../../../../shared/contracts/events';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

/** The agenda is sent whole: its order is the order of the items. */
export const replaceAgenda = (eventId: string, items: AgendaItemInput[]) => apiRequest('PUT', eventPath(eventId, '/agenda'), eventDetails, { items });

export const useReplaceAgenda = (eventId: string) => useEventMutation(eventId, (items: AgendaItemInput[]) => replaceAgenda(eventId, items));
