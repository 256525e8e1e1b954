import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** A short notice in the corner; its close button is named in the current language for screen readers. */
export function notify(message: string, color: 'green' | 'red' = 'green'): void {
  notifications.show({ message, color, closeButtonProps: { 'aria-label': i18next.t('common.close') } });
}
