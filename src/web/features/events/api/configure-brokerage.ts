import type { brokerageView, BrokerageSettingsInput } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { eventPath, useEventMutation } from './use-event-mutation';

/** Sets up the event's brokerage session, or changes its settings. */
export const configureBrokerage = (eventId: string, input: BrokerageSettingsInput) => apiRequest<AnswerOf<typeof brokerageView>>('PUT', eventPath(eventId, '/brokerage'), input);

export const useConfigureBrokerage = (eventId: string) => useEventMutation(eventId, (input: BrokerageSettingsInput) => configureBrokerage(eventId, input));
