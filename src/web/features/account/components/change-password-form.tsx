import { Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordInput } from '../../../../shared/contracts/auth';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useChangePassword } from '../api/change-password';
import { notify } from '../../../components/ui/notify';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...(changePassword.error ? localizeError(changePassword.error, language, '').fields : {}), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateForm(changePasswordInput, { currentPassword, newPassword }, language);
    setClientErrors(checked.fields ?? {});
    if (!checked.data) return;
    changePassword.mutate(checked.data, {
      onSuccess: () => {
        setCurrentPassword('');
        setNewPassword('');
        notify(t('account.passwordChanged'), 'green');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        {changePassword.isError && <ErrorAlert error={changePassword.error} />}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={errors.currentPassword}
        />
        <PasswordInput
          label={t('account.newPassword')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={errors.newPassword}
        />
        <Button type="submit" loading={changePassword.isPending} w="fit-content">
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
