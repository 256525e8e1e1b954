import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { portfolioList, project } from '../../../../shared/contracts/portfolio';
import {
  changeRequest, changeRequestList, overview, projectReport, reportList, type OverviewQuery, type submitReportInput,
} from '../../../../shared/contracts/portfolio-monitoring';
import { apiGet, apiRequest, withQuery } from '../../../lib/api-client';

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export function usePortfolios() {
  return useQuery({ queryKey: ['portfolio', 'list'], queryFn: () => apiGet('/api/portfolios', portfolioList) });
}

export function useOverview(query: Partial<OverviewQuery>) {
  return useQuery({ queryKey: ['portfolio', 'overview', query], queryFn: () => apiGet(withQuery('/api/portfolio/overview', query), overview) });
}

/** The passport query, shared by the page and its route loader (which starts it before the page's chunk arrives). */
export const projectQuery = (id: string) => queryOptions({ queryKey: ['portfolio', 'project', id], queryFn: () => apiGet(path(id), project) });

export function useProject(id: string) {
  return useQuery(projectQuery(id));
}

export function useReports(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'reports'], queryFn: () => apiGet(`${path(id)}/reports`, reportList) });
}

export function useChangeRequests(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'changes'], queryFn: () => apiGet(`${path(id)}/change-requests`, changeRequestList) });
}

/** Every view of the portfolio may change after a report or a decision: the roll-ups follow them. */
function useInvalidatingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portfolio'] }) });
}

export const useSubmitReport = (id: string) =>
  useInvalidatingMutation((input: z.input<typeof submitReportInput>) => apiRequest('POST', `${path(id)}/reports`, projectReport, input));

export const useReviewReport = (id: string) =>
  useInvalidatingMutation(({ reportId, decision, comment }: { reportId: string; decision: 'approve' | 'return'; comment?: string }) =>
    apiRequest('POST', `${path(id)}/reports/${encodeURIComponent(reportId)}/review`, projectReport, { decision, comment }));

export const useDecideChange = (id: string) =>
  useInvalidatingMutation(({ requestId, decision }: { requestId: string; decision: 'approve' | 'reject' }) =>
    apiRequest('POST', `${path(id)}/change-requests/${encodeURIComponent(requestId)}/decision`, changeRequest, { decision }));
