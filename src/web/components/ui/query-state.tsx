import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

type QueryStateProps<Data> = { query: UseQueryResult<Data>; children: (data: Data) => ReactNode };

/** Loading, failure with retry, or the data: the three states every page that reads the API has. */
export function QueryState<Data>({ query, children }: QueryStateProps<Data>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-label={t('app.loading')}>
        <Loader aria-hidden />
      </Center>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
