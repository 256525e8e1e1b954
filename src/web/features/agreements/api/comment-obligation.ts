import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { obligationList } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { obligationsQueryKey } from './list-obligations';

export const commentObligation = (agreementId: string, obligationId: string, text: string) =>
  apiRequest<AnswerOf<typeof obligationList>>('POST', `/api/agreements/${encodeURIComponent(agreementId)}/obligations/${encodeURIComponent(obligationId)}/comments`, { text });

export function useCommentObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ obligationId, text }: { obligationId: string; text: string }) => commentObligation(agreementId, obligationId, text),
    onSuccess: (data) => queryClient.setQueryData(obligationsQueryKey(agreementId), data),
  });
}
