import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
};

/** Asks once more before something that cannot be undone; a refusal of the server shows inside. */
export function ConfirmDialog({ opened, onClose, title, message, confirmLabel, onConfirm, pending, error }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red.9" loading={pending} onClick={onConfirm}>{confirmLabel}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
