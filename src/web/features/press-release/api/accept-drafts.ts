import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { acceptDraftsResult, acceptDraftsInput } from '../../../../shared/contracts/agreement-drafts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const acceptDrafts = (input: z.input<typeof acceptDraftsInput>) => apiRequest<AnswerOf<typeof acceptDraftsResult>>('POST', '/api/agreements/drafts/accept', input);

export function useAcceptDrafts() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptDrafts, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
