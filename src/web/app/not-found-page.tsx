import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/ui/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text>{t('notFound.lead')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
