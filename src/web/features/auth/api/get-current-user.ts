import { useQuery } from '@tanstack/react-query';
import type { meResponse } from '../../../../shared/contracts/auth';
import { apiGet, type AnswerOf } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

export const getCurrentUser = () => apiGet<AnswerOf<typeof meResponse>>('/api/auth/me');

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserQueryKey, queryFn: getCurrentUser, staleTime: Infinity });
}
