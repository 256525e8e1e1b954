import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { useLanguage } from '../../../lib/use-language';
import { useLogin } from '../api/login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const loginMutation = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fieldErrors = loginMutation.error ? localizeError(loginMutation.error, language, '').fields : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    loginMutation.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {loginMutation.isError && <ErrorAlert error={loginMutation.error} />}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" loading={loginMutation.isPending}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
