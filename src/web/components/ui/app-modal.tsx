import { lazy, Suspense, useState } from 'react';
import type { AppModalProps } from './app-modal-frame';

// Mantine's Modal brings its focus trap, scroll lock (react-remove-scroll) and scroll area
// (≈ 15 KB gzip); a page loads it when one of its dialogs first opens, not with the page (ADR 042).
const AppModalFrame = lazy(async () => ({ default: (await import('./app-modal-frame')).AppModalFrame }));

/**
 * A dialog (`AppModalFrame`: Mantine's Modal with a named close button and no second banner). It
 * renders nothing until first opened; from then on it stays mounted, so closing plays its transition.
 */
export function AppModal(props: AppModalProps) {
  const [everOpened, setEverOpened] = useState(props.opened);
  if (props.opened && !everOpened) setEverOpened(true);
  if (!everOpened) return null;
  return (
    <Suspense fallback={null}>
      <AppModalFrame {...props} />
    </Suspense>
  );
}
