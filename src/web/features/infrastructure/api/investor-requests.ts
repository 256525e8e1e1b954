import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  investorRequest, investorRequestPage, type CloseInvestorRequestInput, type RespondToInvestorRequestInput,
} from '../../../../shared/contracts/investor-requests';
import { apiGet, apiRequest, withQuery } from '../../../lib/api-client';

export type InvestorRequestsQuery = { ecosystemId?: string; status?: string; page?: number; pageSize?: number };

export const listInvestorRequests = (query: InvestorRequestsQuery) => apiGet(withQuery('/api/investor-requests', query), investorRequestPage);
export const getInvestorRequest = (id: string) => apiGet(`/api/investor-requests/${encodeURIComponent(id)}`, investorRequest);

export function useInvestorRequests(query: InvestorRequestsQuery) {
  return useQuery({ queryKey: ['investor-requests', 'list', query], queryFn: () => listInvestorRequests(query), placeholderData: keepPreviousData });
}

export function useInvestorRequest(id: string) {
  return useQuery({ queryKey: ['investor-requests', 'one', id], queryFn: () => getInvestorRequest(id) });
}

export function useRespondToInvestorRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<RespondToInvestorRequestInput> & { message: string }) => apiRequest('POST', `/api/investor-requests/${encodeURIComponent(id)}/responses`, investorRequest, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}

export function useCloseInvestorRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CloseInvestorRequestInput> & Pick<CloseInvestorRequestInput, 'outcome'>) => apiRequest('POST', `/api/investor-requests/${encodeURIComponent(id)}/outcome`, investorRequest, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}

/** The park's manager records the sender's withdrawal of consent given by letter or phone. */
export function useRecordConsentWithdrawal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', `/api/investor-requests/${encodeURIComponent(id)}/consent-withdrawal`, investorRequest),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }),
  });
}
