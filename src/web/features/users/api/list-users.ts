import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { userPage, type listUsersQuery } from '../../../../shared/contracts/users';
import { apiGet, withQuery } from '../../../lib/api-client';

export type ListUsersQuery = Partial<z.infer<typeof listUsersQuery>>;

export const usersQueryKey = ['users'] as const;

export const listUsers = (query: ListUsersQuery) => apiGet(withQuery('/api/users', query), userPage);

export function useUsers(query: ListUsersQuery) {
  return useQuery({ queryKey: [...usersQueryKey, 'list', query], queryFn: () => listUsers(query), placeholderData: keepPreviousData });
}
