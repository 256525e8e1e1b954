import { ActionIcon, Badge, Button, Menu, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDots, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contracts/users';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { localizeError } from '../../../lib/api-errors';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useUsers, type ListUsersQuery } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UserFormModal } from '../components/user-form-modal';
import { notify } from '../../../components/ui/notify';

const pageSize = 25;

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'sort'] as const);
  const users = useUsers({ ...values, page, pageSize } as ListUsersQuery);
  const updateUser = useUpdateUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState(values.q ?? '');
  const applySearch = useDebouncedCallback((q: string) => update({ q }), 300);

  function setActive(user: User, active: boolean) {
    updateUser.mutate(
      { id: user.id, input: { active } },
      {
        onSuccess: () => notify(t('common.saved'), 'green'),
        onError: (error) => notify(localizeError(error, language, t('common.networkError')).message, 'red'),
      },
    );
  }

  return (
    <>
      <PageTitle
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        }
      >
        {t('users.title')}
      </PageTitle>
      <TextInput
        type="search"
        label={t('common.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 280 }}
        mb="md"
      />
      <QueryState query={users}>
        {(data) => (
          <>
            <ScrollTable label={t('users.title')} minWidth={760}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t('users.fullName')} field="fullName" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t('users.email')} field="email" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t('users.roles')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.fullName}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                    <Table.Td>
                      {user.roles.map((role, index) => (
                        <Text key={index} size="sm">
                          {t(`enums.role.${role.role}`)}
                          {role.scopeName && `: ${localized(role.scopeName)}`}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={user.active ? 'teal.9' : 'gray.7'} variant="filled" tt="none">
                        {user.active ? t('users.statusActive') : t('users.statusInactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="dark" aria-label={t('users.actionsFor', { name: user.fullName })}>
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDialog({ kind: 'edit', user })}>{t('common.edit')}</Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'password', user })}>{t('users.resetPassword')}</Menu.Item>
                          <Menu.Item onClick={() => setActive(user, !user.active)}>
                            {user.active ? t('users.deactivate') : t('users.activate')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {dialog?.kind === 'create' && <UserFormModal opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal opened onClose={() => setDialog(null)} user={dialog.user} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
