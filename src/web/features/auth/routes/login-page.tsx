import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../api/get-current-user';
import { LoginForm } from '../components/login-form';

/** Only same-site paths: a "next" pointing elsewhere would make the sign-in page an open redirect. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const next = safeNext(searchParams.get('next'));

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.name')}`;
  }, [t]);

  if (me.data?.user) return <Navigate to={next} replace />;

  return (
    <Center py="xl" px="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack>
          <Title order={1} size="h2">
            {t('auth.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.subtitle')}
          </Text>
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
          <Anchor component={Link} to="/catalog" size="sm" ta="center">
            {t('catalog.browse')}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
