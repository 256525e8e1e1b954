import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorDetail, indicatorInput, updateIndicatorInput } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export type IndicatorValues = z.input<typeof indicatorInput>;

export const createIndicator = (input: IndicatorValues) => apiRequest<AnswerOf<typeof indicatorDetail>>('POST', '/api/indicators', input);
export const updateIndicator = (id: string, input: z.input<typeof updateIndicatorInput>) => apiRequest<AnswerOf<typeof indicatorDetail>>('PATCH', `/api/indicators/${encodeURIComponent(id)}`, input);

/** Creates one, or changes the given one; every indicators view follows. */
export function useSaveIndicator(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorValues) => (id ? updateIndicator(id, input) : createIndicator(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
