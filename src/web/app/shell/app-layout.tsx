import { Burger, Group, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth/api/get-current-user';
import { HeaderSearch } from '../../features/search/components/header-search';
import { HeaderUserMenu } from './header-user-menu';
import { LanguageSwitcher } from './language-switcher';
import { Navigation } from './navigation';
import classes from './app-layout.module.css';
import skipLink from './skip-link.module.css';

/**
 * Header, navigation (a drawer behind the burger below the sm breakpoint) and the page. The header
 * keeps the class react-remove-scroll looks for, so an open dialog does not shift it.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const user = useCurrentUser().data?.user;
  const theme = useMantineTheme();
  const isMobile = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  // A collapsed drawer is only moved off screen; hide it so Tab does not walk through invisible links.
  const navbarHidden = isMobile && !opened;
  return (
    <div className={classes.root}>
      <a href="#main" className={skipLink.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={`${classes.header} right-scroll-bar-position`}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" td="none">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <HeaderSearch />
            <LanguageSwitcher />
            {user && <HeaderUserMenu user={user} />}
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} data-collapsed={opened ? undefined : true} style={navbarHidden ? { visibility: 'hidden' } : undefined}>
        <Navigation onNavigate={close} />
      </nav>
      <main className={classes.main} id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
