import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { portfolioList, project } from '../../../../shared/contracts/portfolio';
import type { changeRequest, changeRequestList, overview, projectReport, reportList, OverviewQuery, submitReportInput } from '../../../../shared/contracts/portfolio-monitoring';
import { apiGet, apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export function usePortfolios() {
  return useQuery({ queryKey: ['portfolio', 'list'], queryFn: () => apiGet<AnswerOf<typeof portfolioList>>('/api/portfolios') });
}

export function useOverview(query: Partial<OverviewQuery>) {
  return useQuery({ queryKey: ['portfolio', 'overview', query], queryFn: () => apiGet<AnswerOf<typeof overview>>(withQuery('/api/portfolio/overview', query)) });
}

/** The passport query, shared by the page and its route loader (which starts it before the page's chunk arrives). */
export const projectQuery = (id: string) => queryOptions({ queryKey: ['portfolio', 'project', id], queryFn: () => apiGet<AnswerOf<typeof project>>(path(id)) });

export function useProject(id: string) {
  return useQuery(projectQuery(id));
}

export function useReports(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'reports'], queryFn: () => apiGet<AnswerOf<typeof reportList>>(`${path(id)}/reports`) });
}

export function useChangeRequests(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'changes'], queryFn: () => apiGet<AnswerOf<typeof changeRequestList>>(`${path(id)}/change-requests`) });
}

/** Every view of the portfolio may change after a report or a decision: the roll-ups follow them. */
function useInvalidatingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portfolio'] }) });
}

export const useSubmitReport = (id: string) =>
  useInvalidatingMutation((input: z.input<typeof submitReportInput>) => apiRequest<AnswerOf<typeof projectReport>>('POST', `${path(id)}/reports`, input));

export const useReviewReport = (id: string) =>
  useInvalidatingMutation(({ reportId, decision, comment }: { reportId: string; decision: 'approve' | 'return'; comment?: string }) =>
    apiRequest<AnswerOf<typeof projectReport>>('POST', `${path(id)}/reports/${encodeURIComponent(reportId)}/review`, { decision, comment }));

export const useDecideChange = (id: string) =>
  useInvalidatingMutation(({ requestId, decision }: { requestId: string; decision: 'approve' | 'reject' }) =>
    apiRequest<AnswerOf<typeof changeRequest>>('POST', `${path(id)}/change-requests/${encodeURIComponent(requestId)}/decision`, { decision }));
