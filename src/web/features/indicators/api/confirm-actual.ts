import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { indicatorDetail } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const confirmActual = (actualId: string) => apiRequest<AnswerOf<typeof indicatorDetail>>('POST', `/api/indicator-actuals/${encodeURIComponent(actualId)}/confirm`);

export function useConfirmActual() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmActual, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }) });
}
