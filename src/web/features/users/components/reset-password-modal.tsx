import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPasswordInput, type User } from '../../../../shared/contracts/users';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useResetUserPassword } from '../api/reset-user-password';
import { notify } from '../../../components/ui/notify';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const resetPassword = useResetUserPassword();
  const [newPassword, setNewPassword] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateForm(resetPasswordInput, { newPassword }, language);
    setError(checked.fields?.newPassword);
    if (!checked.data) return;
    resetPassword.mutate(
      { id: user.id, newPassword: checked.data.newPassword },
      {
        onSuccess: () => {
          notify(t('users.passwordReset'), 'green');
          onClose();
        },
      },
    );
  }

  return (
    <AppModal opened onClose={onClose} title={`${t('users.resetPassword')}: ${user.fullName}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {resetPassword.isError && <ErrorAlert error={resetPassword.error} />}
          <PasswordInput
            label={t('users.newPassword')}
            required
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            error={error}
            autoComplete="new-password"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={resetPassword.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
