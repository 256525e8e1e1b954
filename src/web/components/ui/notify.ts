import i18next from 'i18next';
import { needNotifications } from './notifications-on-demand';

/** A short notice in the corner; its close button is named in the current language for screen readers. */
export function notify(message: string, color: 'green' | 'red' = 'green'): void {
  const closeLabel = i18next.t('common.close');
  needNotifications();
  // The notices' module is shared with their container: a notice shown before it mounts waits in its store.
  void import('@mantine/notifications').then(({ notifications }) => {
    notifications.show({ message, color, closeButtonProps: { 'aria-label': closeLabel } });
  });
}
