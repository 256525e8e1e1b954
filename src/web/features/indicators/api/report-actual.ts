import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorDetail, reportActualInput } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export type ReportActualValues = z.input<typeof reportActualInput>;

export const reportActual = ({ indicatorId, input }: { indicatorId: string; input: ReportActualValues }) =>
  apiRequest<AnswerOf<typeof indicatorDetail>>('POST', `/api/indicators/${encodeURIComponent(indicatorId)}/actuals`, input);

/** Every view of indicators may show the new figure: the page, the lists, the dashboards, the reminders. */
export function useReportActual() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reportActual, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }) });
}
