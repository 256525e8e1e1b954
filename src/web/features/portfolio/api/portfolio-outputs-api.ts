import { useMutation } from '@tanstack/react-query';
import type { OverviewQuery } from '../../../../shared/contracts/portfolio-monitoring';
import type { controlPointFeed } from '../../../../shared/contracts/portfolio-outputs';
import { apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

export const passportFileUrl = (projectId: string, format: 'xlsx' | 'docx') => `/api/projects/${encodeURIComponent(projectId)}/passport.${format}`;

/** The register under the overview's filters (paging aside: it lists every row). */
export const registerFileUrl = (filters: Partial<Omit<OverviewQuery, 'page' | 'pageSize'>>) => withQuery('/api/portfolio/register.xlsx', filters);

export const createControlPointFeed = (projectId: string | null) => apiRequest<AnswerOf<typeof controlPointFeed>>('POST', '/api/portfolio/calendar-feeds', { projectId });

export function useCreateControlPointFeed() {
  return useMutation({ mutationFn: createControlPointFeed });
}
