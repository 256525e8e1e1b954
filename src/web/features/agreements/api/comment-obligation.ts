import { useMutation, useQueryClient } from '@tanstack/react-query';
import { obligationList } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';
import { obligationsQueryKey } from './list-obligations';

export const commentObligation = (agreementId: string, obligationId: string, text: string) =>
  apiRequest('POST', `/api/agreements/${encodeURIComponent(agreementId)}/obligations/${encodeURIComponent(obligationId)}/comments`, obligationList, { text });

export function useCommentObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ obligationId, text }: { obligationId: string; text: string }) => commentObligation(agreementId, obligationId, text),
    onSuccess: (data) => queryClient.setQueryData(obligationsQueryKey(agreementId), data),
  });
}
