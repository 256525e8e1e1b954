import { Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageTitle } from '../components/ui/page-title';
import { NotFoundPage } from './not-found-page';

/** What a person sees when a page throws while rendering: never a stack trace, always a way out. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error); // for whoever opens the console to report it
  }, [error]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Stack maw={640} p="md">
      <PageTitle>{t('errorPage.title')}</PageTitle>
      <Text>{t('errorPage.lead')}</Text>
      <Button onClick={() => window.location.reload()} w="fit-content">
        {t('errorPage.reload')}
      </Button>
    </Stack>
  );
}
