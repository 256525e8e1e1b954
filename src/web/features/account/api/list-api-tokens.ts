import { useQuery } from '@tanstack/react-query';
import { apiTokenList } from '../../../../shared/contracts/auth';
import { apiGet } from '../../../lib/api-client';

export const apiTokensQueryKey = ['auth', 'tokens'] as const;

export const listApiTokens = () => apiGet('/api/auth/tokens', apiTokenList);

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensQueryKey, queryFn: listApiTokens });
}
