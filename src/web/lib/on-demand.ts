import { useSyncExternalStore } from 'react';

export type OnDemand<Module> = {
  /** Starts fetching the module, once; a failed fetch is tried again on the next call. */
  request: () => void;
  /** The module once it is in, else undefined; the component re-renders when it arrives. */
  useLoaded: () => Module | undefined;
};

/**
 * A module fetched when the user first reaches for what it draws (hover, focus, a key, a click)
 * instead of with the page (ADR 042). The caller shows a light stand-in that looks the same until
 * then. Once in, the module stays in for every later render and page.
 */
export function onDemand<Module>(load: () => Promise<Module>): OnDemand<Module> {
  let loaded: Module | undefined;
  let loading = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const request = () => {
    if (loading || loaded) return;
    loading = true;
    load().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
      },
      () => {
        loading = false; // offline for a moment: the next gesture tries again
      },
    );
  };
  return { request, useLoaded: () => useSyncExternalStore(subscribe, () => loaded) };
}
