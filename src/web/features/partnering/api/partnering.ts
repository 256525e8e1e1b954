import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { funnel, interest, interestList, matchList, profile, profilePage, listProfilesQuery, reviewInput } from '../../../../shared/contracts/partnering';
import type { meResponse } from '../../../../shared/contracts/auth';
import { apiGet, apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

type ListQuery = Partial<z.input<typeof listProfilesQuery>>;

export function useProfiles(query: ListQuery) {
  return useQuery({
    queryKey: ['partnering', 'profiles', query],
    queryFn: () => apiGet<AnswerOf<typeof profilePage>>(withQuery('/api/partnering/profiles', query as Record<string, string | number | undefined>)),
    placeholderData: keepPreviousData,
  });
}

export function useProfile(id: string) {
  return useQuery({ queryKey: ['partnering', 'profile', id], queryFn: () => apiGet<AnswerOf<typeof profile>>(`/api/partnering/profiles/${encodeURIComponent(id)}`) });
}

export function useMatches(id: string, enabled: boolean, language: string) {
  return useQuery({ queryKey: ['partnering', 'matches', id, language], queryFn: () => apiGet<AnswerOf<typeof matchList>>(`/api/partnering/profiles/${encodeURIComponent(id)}/matches?limit=10`), enabled });
}

export function useInterests(box: 'inbox' | 'outbox' | 'intermediary') {
  return useQuery({ queryKey: ['partnering', 'interests', box], queryFn: () => apiGet<AnswerOf<typeof interestList>>(`/api/partnering/interests?box=${box}`) });
}

export function useFunnel(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'funnel'], queryFn: () => apiGet<AnswerOf<typeof funnel>>('/api/partnering/funnel'), enabled });
}

function useInvalidating<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering'] }) });
}

export const useSendInterest = () =>
  useInvalidating((input: { fromProfileId: string; toProfileId: string; message: string }) => apiRequest<AnswerOf<typeof interest>>('POST', '/api/partnering/interests', input));

export const useIntroduce = () => useInvalidating((id: string) => apiRequest<AnswerOf<typeof interest>>('POST', `/api/partnering/interests/${encodeURIComponent(id)}/introduce`, {}));

export const useReview = (id: string) =>
  useInvalidating((input: z.input<typeof reviewInput>) => apiRequest<AnswerOf<typeof profile>>('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/review`, input));

export const useSubmitProfile = (id: string) => useInvalidating(() => apiRequest<AnswerOf<typeof profile>>('POST', `/api/partnering/profiles/${encodeURIComponent(id)}/submit`, {}));

/** The signed-in user; shares its cache entry with the shell. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet<AnswerOf<typeof meResponse>>('/api/auth/me'), staleTime: Infinity });
}
