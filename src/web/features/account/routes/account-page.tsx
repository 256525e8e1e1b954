import { Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { ApiTokensPanel } from '../components/api-tokens-panel';
import { ChangePasswordForm } from '../components/change-password-form';

export function AccountPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // The user menu links to #password and #tokens; bring that section into view.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <Stack gap="xl" maw={960}>
      <PageTitle>{t('account.title')}</PageTitle>
      <Stack component="section" aria-labelledby="password" gap="sm">
        <Title order={2} size="h3" id="password">
          {t('account.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Stack>
      <Stack component="section" aria-labelledby="tokens" gap="sm">
        <Title order={2} size="h3" id="tokens">
          {t('account.tokens')}
        </Title>
        <ApiTokensPanel />
      </Stack>
    </Stack>
  );
}
