import { Button, Group, NativeSelect, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserInput, updateUserInput, type CreateUserInput, type User } from '../../../../shared/contracts/users';
import { errorMessages } from '../../../../shared/errors';
import { languages, type Language } from '../../../../shared/languages';
import { isScopedRole } from '../../../../shared/roles';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { RoleAssignmentsEditor, type RoleRow } from './role-assignments-editor';
import { notify } from '../../../components/ui/notify';

type UserFormModalProps = { opened: boolean; onClose: () => void; user?: User };

/** Creates a user, or edits one when `user` is given (email and password are not edited here). */
export function UserFormModal({ opened, onClose, user }: UserFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const mutation = user ? updateUser : createUser;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [userLanguage, setUserLanguage] = useState<Language>(user?.language ?? language);
  const [active, setActive] = useState(user?.active ?? true);
  const localized = useLocalized();
  const [roleRows, setRoleRows] = useState<RoleRow[]>(() =>
    (user?.roles ?? []).map((row) => ({ ...row, scopeName: row.scopeName ? localized(row.scopeName) : null })),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = mutation.error ? localizeError(mutation.error, language, '').fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const roles = roleRows.map(({ role, scopeOrganizationId }) => ({ role, scopeOrganizationId }));
    const checked = user
      ? validateForm(updateUserInput, { fullName, language: userLanguage, active, roles }, language)
      : validateForm(createUserInput, { email, fullName, password, language: userLanguage, roles }, language);
    const fields = { ...(checked.fields ?? {}) };
    // The schema allows a missing scope (the server decides); saying it here spares a round trip.
    roles.forEach((row, index) => {
      if (isScopedRole(row.role) && !row.scopeOrganizationId) fields[`roles.${index}.scopeOrganizationId`] = errorMessages.SCOPE_REQUIRED[language];
    });
    setClientErrors(fields);
    if (!checked.data || Object.keys(fields).length > 0) return;
    const done = () => {
      notify(user ? t('common.saved') : t('users.created'), 'green');
      onClose();
    };
    if (user) updateUser.mutate({ id: user.id, input: checked.data }, { onSuccess: done });
    else createUser.mutate(checked.data as CreateUserInput, { onSuccess: done });
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={user ? t('users.edit') : t('users.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {!user && (
            <TextInput
              label={t('users.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
              autoComplete="off"
            />
          )}
          <TextInput
            label={t('users.fullName')}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={errors.fullName}
          />
          {!user && (
            <PasswordInput
              label={t('users.password')}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              autoComplete="new-password"
            />
          )}
          <NativeSelect
            label={t('users.language')}
            value={userLanguage}
            onChange={(e) => setUserLanguage(e.currentTarget.value as Language)}
            data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
            error={errors.language}
          />
          {user && <Switch label={t('users.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <RoleAssignmentsEditor value={roleRows} onChange={setRoleRows} errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {user ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
