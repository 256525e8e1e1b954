import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { contact, ConsentKind } from '../../../../shared/contracts/contacts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const withdrawContactConsent = ({ id, kind }: { id: string; kind: ConsentKind }) =>
  apiRequest<AnswerOf<typeof contact>>('POST', `/api/contacts/${encodeURIComponent(id)}/withdraw-consent`, { kind });

export function useWithdrawContactConsent(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawContactConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
