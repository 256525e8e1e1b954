import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type AppModalProps = { opened: boolean; onClose: () => void; title: string; size?: MantineSize; children: ReactNode };

/**
 * The dialog `AppModal` fetches on first opening: Mantine's Modal with two accessibility fixes: the header is a plain div (Mantine's <header>
 * would be a second "banner" landmark next to the page's own), and the close button has a name.
 */
export function AppModalFrame({ opened, onClose, title, size = 'md', children }: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
