import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contact, type ConsentKind } from '../../../../shared/contracts/contacts';
import { apiRequest } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const withdrawContactConsent = ({ id, kind }: { id: string; kind: ConsentKind }) =>
  apiRequest('POST', `/api/contacts/${encodeURIComponent(id)}/withdraw-consent`, contact, { kind });

export function useWithdrawContactConsent(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawContactConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
