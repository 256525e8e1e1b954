import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { userPage, listUsersQuery } from '../../../../shared/contracts/users';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type ListUsersQuery = Partial<z.infer<typeof listUsersQuery>>;

export const usersQueryKey = ['users'] as const;

export const listUsers = (query: ListUsersQuery) => apiGet<AnswerOf<typeof userPage>>(withQuery('/api/users', query));

export function useUsers(query: ListUsersQuery) {
  return useQuery({ queryKey: [...usersQueryKey, 'list', query], queryFn: () => listUsers(query), placeholderData: keepPreviousData });
}
