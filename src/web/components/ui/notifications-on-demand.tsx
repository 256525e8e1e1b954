import type { NotificationsProps } from '@mantine/notifications';
import { lazy, Suspense, useSyncExternalStore } from 'react';

// The corner notices (with their transitions) are code no page needs to show itself: they load
// with the first notice, which always follows something the user did.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

let needed = false;
const listeners = new Set<() => void>();

/** Called with the first notice: mounts the notices' container, which then shows it. */
export function needNotifications(): void {
  if (needed) return;
  needed = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function NotificationsOnDemand(props: NotificationsProps) {
  const mounted = useSyncExternalStore(subscribe, () => needed);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <Notifications {...props} />
    </Suspense>
  );
}
