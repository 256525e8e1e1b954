import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { profile, reviewThresholds, type createProfileInput, type updateProfileInput } from '../../../../shared/contracts/partnering';
import { directionList, organization } from '../../../../shared/contracts/registry';
import { apiGet, apiRequest } from '../../../lib/api-client';

/** The taxonomy of directions, for the editor's picker. */
export function useDirectionOptions() {
  return useQuery({ queryKey: ['directions'], queryFn: () => apiGet('/api/directions', directionList), staleTime: 5 * 60_000 });
}

export function useEcosystemOptions() {
  return useQuery({ queryKey: ['ecosystems'], queryFn: () => apiGet('/api/ecosystems', ecosystemList), staleTime: 5 * 60_000 });
}

/** The organizations the caller's roles name (a member's company, a manager's park), by id. */
export function useOrganizationsById(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['organizations', id], queryFn: () => apiGet(`/api/organizations/${encodeURIComponent(id)}`, organization), staleTime: 5 * 60_000 })),
  });
}

export function useReviewThresholds() {
  return useQuery({ queryKey: ['partnering', 'thresholds'], queryFn: () => apiGet('/api/partnering/review-thresholds', reviewThresholds), staleTime: 60_000 });
}

function useInvalidating<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering'] }) });
}

export const useCreateProfile = () => useInvalidating((input: z.input<typeof createProfileInput>) => apiRequest('POST', '/api/partnering/profiles', profile, input));

export const useUpdateProfile = () =>
  useInvalidating(({ id, input }: { id: string; input: z.input<typeof updateProfileInput> }) => apiRequest('PATCH', `/api/partnering/profiles/${encodeURIComponent(id)}`, profile, input));

const step = (path: string) => () => useInvalidating((id: string) => apiRequest('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/${path}`, profile, {}));
export const useSubmitById = step('submit');
export const useStartReview = step('start-review');
