import { useQuery } from '@tanstack/react-query';
import type { apiTokenList } from '../../../../shared/contracts/auth';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const apiTokensQueryKey = ['auth', 'tokens'] as const;

export const listApiTokens = () => apiGet<AnswerOf<typeof apiTokenList>>('/api/auth/tokens');

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensQueryKey, queryFn: listApiTokens });
}
