import { ActionIcon, Box, Button, Container, Group, Text } from '@mantine/core';
import { IconLayoutDashboard, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/api/get-current-user';
import { appPathFor } from '../features/catalog/components/app-path-for';
import { CatalogSearchForm } from '../features/catalog/components/catalog-search-form';
import { LanguageSwitcher } from './shell/language-switcher';
import classes from './shell/skip-link.module.css';

/**
 * The public catalog's frame: the product, a search box, the language and the way in (or back)
 * to the workspace; no navigation of the app, since an anonymous visitor has none of it.
 */
export function CatalogLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const signedIn = Boolean(useCurrentUser().data?.user);
  const appPath = appPathFor(location.pathname, location.search);
  // The first page and the results page have their own, larger search box.
  const pageHasSearch = location.pathname === '/catalog' || location.pathname === '/catalog/search';

  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <Box component="header" bg="white" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl" px={{ base: 'xs', sm: 'md' }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text component={Link} to="/catalog" fw={700} size="lg" c="blue.9" td="none">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('catalog.title')}
              </Text>
            </Group>
            {!pageHasSearch && (
              <Box visibleFrom="sm" style={{ flex: 1, maxWidth: 360 }}>
                <CatalogSearchForm compact key={location.pathname} />
              </Box>
            )}
            <Group gap="xs" wrap="nowrap">
              {!pageHasSearch && (
                <ActionIcon component={Link} to="/catalog/search" variant="subtle" size="lg" hiddenFrom="sm" aria-label={t('catalog.searchLabel')}>
                  <IconSearch size={20} aria-hidden />
                </ActionIcon>
              )}
              <LanguageSwitcher />
              {signedIn ? (
                <Button component={Link} to={appPath} size="xs" variant="light" leftSection={<IconLayoutDashboard size={16} aria-hidden />} aria-label={t('catalog.openApp')} px={{ base: 8, sm: 'sm' }}>
                  <Text span inherit visibleFrom="sm">
                    {t('catalog.openApp')}
                  </Text>
                </Button>
              ) : (
                <Button component={Link} to={`/login?next=${encodeURIComponent(appPath)}`} size="xs">
                  {t('catalog.signIn')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size="xl" px={{ base: 'sm', sm: 'md' }} py="lg" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>
      <Box component="footer" py="md" bg="white" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl">
          <Text size="sm" c="dimmed">
            {t('catalog.footer')}
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
