import { useMutation } from '@tanstack/react-query';
import type { OverviewQuery } from '../../../../shared/contracts/portfolio-monitoring';
import { controlPointFeed } from '../../../../shared/contracts/portfolio-outputs';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const passportFileUrl = (projectId: string, format: 'xlsx' | 'docx') => `/api/projects/${encodeURIComponent(projectId)}/passport.${format}`;

/** The register under the overview's filters (paging aside: it lists every row). */
export const registerFileUrl = (filters: Partial<Omit<OverviewQuery, 'page' | 'pageSize'>>) => withQuery('/api/portfolio/register.xlsx', filters);

export const createControlPointFeed = (projectId: string | null) => apiRequest('POST', '/api/portfolio/calendar-feeds', controlPointFeed, { projectId });

export function useCreateControlPointFeed() {
  return useMutation({ mutationFn: createControlPointFeed });
}
