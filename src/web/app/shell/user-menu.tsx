import { Menu } from '@mantine/core';
import { IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { useLogout } from '../../features/auth/api/logout';
import { UserMenuButton } from './user-menu-button';

/** The menu itself; `HeaderUserMenu` shows its button until it is needed. */
export function UserMenu({ user, defaultOpened = false, focusOnMount = false }: { user: CurrentUser; defaultOpened?: boolean; focusOnMount?: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const button = useRef<HTMLButtonElement>(null);
  // In the same commit that removes the stand-in, so the keyboard stays on the button.
  useLayoutEffect(() => {
    if (focusOnMount) button.current?.focus();
  }, []); // once, when the menu replaces the stand-in
  return (
    <Menu position="bottom-end" width={220} defaultOpened={defaultOpened}>
      <Menu.Target>
        <UserMenuButton user={user} ref={button} />
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
