import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiToken } from '../../../../shared/contracts/auth';
import { apiGet } from '../../../lib/api-client';

export const apiTokensQueryKey = ['auth', 'tokens'] as const;

// The contract has no list schema for tokens; the answer is { items } like every other unpaged list.
const apiTokenList = z.object({ items: z.array(apiToken) });

export const listApiTokens = () => apiGet('/api/auth/tokens', apiTokenList);

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensQueryKey, queryFn: listApiTokens });
}
