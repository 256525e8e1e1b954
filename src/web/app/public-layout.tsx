import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from './shell/language-switcher';

/** Pages for visitors who are not signed in: the brand, the language, the page. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Box component="main" id="main">
        <Outlet />
      </Box>
    </Box>
  );
}
