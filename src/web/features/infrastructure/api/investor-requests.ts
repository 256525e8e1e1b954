import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { investorRequest, investorRequestPage, CloseInvestorRequestInput, RespondToInvestorRequestInput } from '../../../../shared/contracts/investor-requests';
import { apiGet, apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

export type InvestorRequestsQuery = { ecosystemId?: string; status?: string; page?: number; pageSize?: number };

export const listInvestorRequests = (query: InvestorRequestsQuery) => apiGet<AnswerOf<typeof investorRequestPage>>(withQuery('/api/investor-requests', query));
export const getInvestorRequest = (id: string) => apiGet<AnswerOf<typeof investorRequest>>(`/api/investor-requests/${encodeURIComponent(id)}`);

export function useInvestorRequests(query: InvestorRequestsQuery) {
  return useQuery({ queryKey: ['investor-requests', 'list', query], queryFn: () => listInvestorRequests(query), placeholderData: keepPreviousData });
}

export function useInvestorRequest(id: string) {
  return useQuery({ queryKey: ['investor-requests', 'one', id], queryFn: () => getInvestorRequest(id) });
}

export function useRespondToInvestorRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<RespondToInvestorRequestInput> & { message: string }) => apiRequest<AnswerOf<typeof investorRequest>>('POST', `/api/investor-requests/${encodeURIComponent(id)}/responses`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}

export function useCloseInvestorRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CloseInvestorRequestInput> & Pick<CloseInvestorRequestInput, 'outcome'>) => apiRequest<AnswerOf<typeof investorRequest>>('POST', `/api/investor-requests/${encodeURIComponent(id)}/outcome`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}

/** The park's manager records the sender's withdrawal of consent given by letter or phone. */
export function useRecordConsentWithdrawal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<AnswerOf<typeof investorRequest>>('POST', `/api/investor-requests/${encodeURIComponent(id)}/consent-withdrawal`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}
