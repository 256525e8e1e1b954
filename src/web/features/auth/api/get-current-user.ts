import { useQuery } from '@tanstack/react-query';
import { meResponse } from '../../../../shared/contracts/auth';
import { apiGet } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

export const getCurrentUser = () => apiGet('/api/auth/me', meResponse);

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: getCurrentUser, staleTime: Infinity });
}
