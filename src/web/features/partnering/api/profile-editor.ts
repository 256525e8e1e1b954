import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import type { profile, reviewThresholds, createProfileInput, updateProfileInput } from '../../../../shared/contracts/partnering';
import type { directionList, organization } from '../../../../shared/contracts/registry';
import { apiGet, apiRequest, type AnswerOf } from '../../../lib/api-client';

/** The taxonomy of directions, for the editor's picker. */
export function useDirectionOptions() {
  return useQuery({ queryKey: ['directions'], queryFn: () => apiGet<AnswerOf<typeof directionList>>('/api/directions'), staleTime: 5 * 60_000 });
}

export function useEcosystemOptions() {
  return useQuery({ queryKey: ['ecosystems'], queryFn: () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems'), staleTime: 5 * 60_000 });
}

/** The organizations the caller's roles name (a member's company, a manager's park), by id. */
export function useOrganizationsById(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['organizations', id], queryFn: () => apiGet<AnswerOf<typeof organization>>(`/api/organizations/${encodeURIComponent(id)}`), staleTime: 5 * 60_000 })),
  });
}

export function useReviewThresholds() {
  return useQuery({ queryKey: ['partnering', 'thresholds'], queryFn: () => apiGet<AnswerOf<typeof reviewThresholds>>('/api/partnering/review-thresholds'), staleTime: 60_000 });
}

function useInvalidating<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering'] }) });
}

export const useCreateProfile = () => useInvalidating((input: z.input<typeof createProfileInput>) => apiRequest<AnswerOf<typeof profile>>('POST', '/api/partnering/profiles', input));

export const useUpdateProfile = () =>
  useInvalidating(({ id, input }: { id: string; input: z.input<typeof updateProfileInput> }) => apiRequest<AnswerOf<typeof profile>>('PATCH', `/api/partnering/profiles/${encodeURIComponent(id)}`, input));

const step = (path: string) => () => useInvalidating((id: string) => apiRequest<AnswerOf<typeof profile>>('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/${path}`, {}));
export const useSubmitById = step('submit');
export const useStartReview = step('start-review');
