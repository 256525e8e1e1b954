import { useQuery } from '@tanstack/react-query';
import type { funnel, profilePage } from '../../../../shared/contracts/partnering';
import type { meResponse } from '../../../../shared/contracts/auth';
import { apiGet, type AnswerOf } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

/** Under the partnering key, so any step taken on the partnering pages refreshes the dashboard too. */
export function usePartneringFunnel(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'funnel'], queryFn: () => apiGet<AnswerOf<typeof funnel>>('/api/partnering/funnel'), enabled });
}

/** The caller's own profiles, for the renewal reminders (expiring within the reminder window, or expired). */
export function useOwnProfiles(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'profiles', { view: 'mine', pageSize: 100 }], queryFn: () => apiGet<AnswerOf<typeof profilePage>>('/api/partnering/profiles?view=mine&pageSize=100'), enabled });
}

/** The signed-in user; shares its cache entry with the shell. */
export function useSignedInUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet<AnswerOf<typeof meResponse>>('/api/auth/me'), staleTime: Infinity });
}
