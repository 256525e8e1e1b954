import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { funnel, interest, interestList, matchList, profile, profilePage, type listProfilesQuery, type reviewInput } from '../../../../shared/contracts/partnering';
import { meResponse } from '../../../../shared/contracts/auth';
import { apiGet, apiRequest, withQuery } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

type ListQuery = Partial<z.input<typeof listProfilesQuery>>;

export function useProfiles(query: ListQuery) {
  return useQuery({
    queryKey: ['partnering', 'profiles', query],
    queryFn: () => apiGet(withQuery('/api/partnering/profiles', query as Record<string, string | number | undefined>), profilePage),
    placeholderData: keepPreviousData,
  });
}

export function useProfile(id: string) {
  return useQuery({ queryKey: ['partnering', 'profile', id], queryFn: () => apiGet(`/api/partnering/profiles/${encodeURIComponent(id)}`, profile) });
}

export function useMatches(id: string, enabled: boolean, language: string) {
  return useQuery({ queryKey: ['partnering', 'matches', id, language], queryFn: () => apiGet(`/api/partnering/profiles/${encodeURIComponent(id)}/matches?limit=10`, matchList), enabled });
}

export function useInterests(box: 'inbox' | 'outbox' | 'intermediary') {
  return useQuery({ queryKey: ['partnering', 'interests', box], queryFn: () => apiGet(`/api/partnering/interests?box=${box}`, interestList) });
}

export function useFunnel(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'funnel'], queryFn: () => apiGet('/api/partnering/funnel', funnel), enabled });
}

function useInvalidating<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering'] }) });
}

export const useSendInterest = () =>
  useInvalidating((input: { fromProfileId: string; toProfileId: string; message: string }) => apiRequest('POST', '/api/partnering/interests', interest, input));

export const useIntroduce = () => useInvalidating((id: string) => apiRequest('POST', `/api/partnering/interests/${encodeURIComponent(id)}/introduce`, interest, {}));

export const useReview = (id: string) =>
  useInvalidating((input: z.input<typeof reviewInput>) => apiRequest('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/review`, profile, input));

export const useSubmitProfile = (id: string) => useInvalidating(() => apiRequest('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/submit`, profile, {}));

/** The signed-in user; shares its cache entry with the shell. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet('/api/auth/me', meResponse), staleTime: Infinity });
}
