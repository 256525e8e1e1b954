import { useQuery } from '@tanstack/react-query';
import type { meResponse } from '../../../../shared/contracts/auth';
import { apiGet, type AnswerOf } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

/** The signed-in user and their roles; shares its cache entry with the shell, so it costs no extra call. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet<AnswerOf<typeof meResponse>>('/api/auth/me'), staleTime: Infinity });
}
