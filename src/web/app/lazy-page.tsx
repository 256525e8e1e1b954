import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPageTexts } from '../i18n/i18n';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('app.loading')}>
      <Loader aria-hidden />
    </Center>
  );
}

export type LazyPage = ComponentType & { preload: () => Promise<void> };

/**
 * A page (or a layout) loaded from its own chunk on first use, with its part of the interface texts
 * (ADR 040, keyed by `name`, its named export) fetched beside it.
 * `preload` starts fetching both before the page renders — for the page being opened, together
 * with the entry's interface texts (`preloadMatchedPages`). A page whose chunk is already in renders at
 * once, without a loader in between; one that is not shows the loader until it arrives. Which of
 * the two is decided when the page mounts, so a later render never swaps one for the other.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const fetchPage = (): Promise<ComponentType> =>
    (loading ??= Promise.all([load(), loadPageTexts(name)]).then(
      ([module]) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined; // the next visit tries again
        throw error;
      },
    ));
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: await fetchPage() }));
  function LazyPage() {
    const [readyAtMount] = useState(() => loaded);
    if (readyAtMount) {
      const Ready = readyAtMount;
      return <Ready />;
    }
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload: () => fetchPage().then(() => undefined, () => undefined) });
}
