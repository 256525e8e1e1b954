import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicatorDetail } from '../../../../shared/contracts/indicators';
import { apiRequest } from '../../../lib/api-client';

export const confirmActual = (actualId: string) => apiRequest('POST', `/api/indicator-actuals/${encodeURIComponent(actualId)}/confirm`, indicatorDetail);

export function useConfirmActual() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmActual, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }) });
}
