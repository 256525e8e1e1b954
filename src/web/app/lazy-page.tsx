import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('app.loading')}>
      <Loader aria-hidden />
    </Center>
  );
}

/**
 * A page component loaded from its own chunk on first use; `name` is its named export. `preload`
 * starts fetching the chunk before the page renders (from a route loader, while the session is
 * still being checked); the browser keeps one module per chunk, so the later render reuses it.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ComponentType & { preload: () => void } {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload: () => void load().catch(() => undefined) });
}
