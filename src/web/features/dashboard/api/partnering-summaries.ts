import { useQuery } from '@tanstack/react-query';
import { funnel, profilePage } from '../../../../shared/contracts/partnering';
import { meResponse } from '../../../../shared/contracts/auth';
import { apiGet } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

/** Under the partnering key, so any step taken on the partnering pages refreshes the dashboard too. */
export function usePartneringFunnel(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'funnel'], queryFn: () => apiGet('/api/partnering/funnel', funnel), enabled });
}

/** The caller's own profiles, for the renewal reminders (expiring within the reminder window, or expired). */
export function useOwnProfiles(enabled: boolean) {
  return useQuery({ queryKey: ['partnering', 'profiles', { view: 'mine', pageSize: 100 }], queryFn: () => apiGet('/api/partnering/profiles?view=mine&pageSize=100', profilePage), enabled });
}

/** The signed-in user; shares its cache entry with the shell. */
export function useSignedInUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet('/api/auth/me', meResponse), staleTime: Infinity });
}
