import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { acceptDraftsResult, type acceptDraftsInput } from '../../../../shared/contracts/agreement-drafts';
import { apiRequest } from '../../../lib/api-client';

export const acceptDrafts = (input: z.input<typeof acceptDraftsInput>) => apiRequest('POST', '/api/agreements/drafts/accept', acceptDraftsResult, input);

export function useAcceptDrafts() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptDrafts, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
