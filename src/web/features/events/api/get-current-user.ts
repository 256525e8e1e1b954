import { useQuery } from '@tanstack/react-query';
import { meResponse } from '../../../../shared/contracts/auth';
import { apiGet } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

/** The signed-in user and their roles; shares its cache entry with the shell, so it costs no extra call. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: () => apiGet('/api/auth/me', meResponse), staleTime: Infinity });
}
