import type { eventDetails, FollowUpInput } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

export type FollowUpChange = { status?: 'open' | 'done'; dueOn?: string; ownerOrganizationId?: string };

export const addFollowUp = (eventId: string, input: FollowUpInput) => apiRequest<{ id: string }>('POST', eventPath(eventId, '/follow-ups'), input);
export const updateFollowUp = (eventId: string, followUpId: string, change: FollowUpChange) =>
  apiRequest<AnswerOf<typeof eventDetails>>('PATCH', eventPath(eventId, `/follow-ups/${encodeURIComponent(followUpId)}`), change);

export const useAddFollowUp = (eventId: string) => useEventMutation(eventId, (input: FollowUpInput) => addFollowUp(eventId, input));
export const useUpdateFollowUp = (eventId: string) =>
  useEventMutation(eventId, ({ followUpId, change }: { followUpId: string; change: FollowUpChange }) => updateFollowUp(eventId, followUpId, change));
