import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export const currentUserQueryKey = ['auth', 'me'] as const;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session ended (expired, signed out elsewhere): show the sign-in page instead of broken pages.
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          client.setQueryData(currentUserQueryKey, { user: null });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx answer will not change by asking again; network and 5xx failures may.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
