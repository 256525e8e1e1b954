import { Group, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PageTitleProps = { children: string; actions?: ReactNode };

/** The page's one h1; it also names the browser tab, which screen readers announce on navigation. */
export function PageTitle({ children, actions }: PageTitleProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  return (
    <Group justify="space-between" align="center" mb="md" wrap="wrap">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions}
    </Group>
  );
}
