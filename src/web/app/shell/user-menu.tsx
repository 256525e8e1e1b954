import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { useLogout } from '../../features/auth/api/logout';

export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px={{ base: 6, sm: 'sm' }}
          leftSection={<IconUserCircle size={20} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('userMenu.open', { name: user.fullName })}
          maw={260}
          styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
        >
          {/* On a phone the icon stands for the name; the button's label still says whose menu it is. */}
          <Text span inherit visibleFrom="sm">
            {user.fullName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account#password" leftSection={<IconLock size={16} aria-hidden />}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account#tokens" leftSection={<IconKey size={16} aria-hidden />}>
          {t('userMenu.apiTokens')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
