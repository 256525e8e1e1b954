import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsentKind } from '../../../../shared/contracts/contacts';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useWithdrawContactConsent } from '../api/withdraw-contact-consent';
import { notify } from '../../../components/ui/notify';

type WithdrawConsentModalProps = { organizationId: string; contactId: string; contactName: string; kind: ConsentKind; opened: boolean; onClose: () => void };

/** Asks before recording a withdrawal, and says what it does: withdrawing processing erases the data for good. */
export function WithdrawConsentModal({ organizationId, contactId, contactName, kind, opened, onClose }: WithdrawConsentModalProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawContactConsent(organizationId);
  const erases = kind === 'processing';

  function confirm() {
    withdraw.mutate({ id: contactId, kind }, {
      onSuccess: () => {
        notify(t(erases ? 'contacts.erasedNotice' : 'contacts.withdrawnNotice'), 'green');
        onClose();
      },
    });
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t(erases ? 'contacts.withdrawProcessingTitle' : 'contacts.withdrawDisseminationTitle')}>
      <Stack>
        <Text size="sm" fw={600}>
          {contactName}
        </Text>
        {erases ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text size="sm" c="red.9">
              {t('contacts.withdrawProcessingText')}
            </Text>
          </Alert>
        ) : (
          <Text size="sm">{t('contacts.withdrawDisseminationText')}</Text>
        )}
        {withdraw.isError && <ErrorAlert error={withdraw.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={confirm} loading={withdraw.isPending}>
            {t(erases ? 'contacts.confirmErase' : 'contacts.confirmWithdraw')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
