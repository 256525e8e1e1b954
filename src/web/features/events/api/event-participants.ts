import type { eventDetails, ParticipantInput, UpdateParticipantInput } from '../../../../shared/contracts/events';
import { apiRequest, apiSend, type AnswerOf } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

const participantPath = (eventId: string, participantId: string) => eventPath(eventId, `/participants/${encodeURIComponent(participantId)}`);

export const addParticipant = (eventId: string, input: ParticipantInput) => apiRequest<{ id: string }>('POST', eventPath(eventId, '/participants'), input);
export const updateParticipant = (eventId: string, participantId: string, change: UpdateParticipantInput) =>
  apiRequest<AnswerOf<typeof eventDetails>>('PATCH', participantPath(eventId, participantId), change);
export const removeParticipant = (eventId: string, participantId: string) => apiSend('DELETE', participantPath(eventId, participantId));

export const useAddParticipant = (eventId: string) => useEventMutation(eventId, (input: ParticipantInput) => addParticipant(eventId, input));
export const useUpdateParticipant = (eventId: string) =>
  useEventMutation(eventId, ({ participantId, change }: { participantId: string; change: UpdateParticipantInput }) => updateParticipant(eventId, participantId, change));
export const useRemoveParticipant = (eventId: string) => useEventMutation(eventId, (participantId: string) => removeParticipant(eventId, participantId));
