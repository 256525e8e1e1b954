import { Button, Text } from '@mantine/core';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../shared/contracts/auth';

/** The header's button with the user's name: the same for the menu's stand-in and for the menu. */
export function UserMenuButton({ user, ...others }: { user: CurrentUser } & Omit<ComponentPropsWithRef<'button'>, 'color' | 'style'>) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      color="dark"
      px={{ base: 6, sm: 'sm' }}
      leftSection={<IconUserCircle size={20} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      aria-label={t('userMenu.open', { name: user.fullName })}
      maw={260}
      styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
      {...others}
    >
      {/* On a phone the icon stands for the name; the button's label still says whose menu it is. */}
      <Text span inherit visibleFrom="sm">
        {user.fullName}
      </Text>
    </Button>
  );
}
