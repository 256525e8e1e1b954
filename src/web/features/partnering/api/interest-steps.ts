import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementPage } from '../../../../shared/contracts/agreements';
import type { interest, introduceInput, meetingInput, outcomeInput } from '../../../../shared/contracts/partnering';
import { apiGet, apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

function useStep<Input>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: Input }) => apiRequest<AnswerOf<typeof interest>>('POST', `/api/partnering/interests/${encodeURIComponent(id)}/${path}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering'] }),
  });
}

export const useIntroduceWithNote = () => useStep<z.input<typeof introduceInput>>('introduce');
export const useRecordMeeting = () => useStep<z.input<typeof meetingInput>>('meeting');
export const useRecordOutcome = () => useStep<z.input<typeof outcomeInput>>('outcome');

/** Agreements by number or title, to link the outcome to. */
export function useAgreementSearch(q: string) {
  return useQuery({
    queryKey: ['agreements', 'pick', q],
    queryFn: () => apiGet<AnswerOf<typeof agreementPage>>(withQuery('/api/agreements', { q: q || undefined, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
}
