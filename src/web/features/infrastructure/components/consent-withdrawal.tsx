import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestorRequest } from '../../../../shared/contracts/investor-requests';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useRecordConsentWithdrawal } from '../api/investor-requests';

/** What became of the sender's consent: given when, or withdrawn (by whom, when) and the contact erased. */
export function ConsentState({ request }: { request: InvestorRequest }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!request.erasedAt) return null;
  const date = formatDate(request.erasedAt.slice(0, 10), language);
  return (
    <Alert color="gray" variant="light" role="status">
      <Text size="sm">{t(request.consentWithdrawnBy === 'sender' ? 'investorRequest.consentWithdrawnBySender' : 'investorRequest.consentWithdrawnByManager', { date })}</Text>
    </Alert>
  );
}

/** The park's manager records a withdrawal the investor made by letter or phone; it erases, so it asks first. */
export function RecordConsentWithdrawal({ request }: { request: InvestorRequest }) {
  const { t } = useTranslation();
  const withdraw = useRecordConsentWithdrawal(request.id);
  const [asking, setAsking] = useState(false);
  if (request.erasedAt || !request.canManage) return null;
  return (
    <>
      <Button variant="subtle" color="red" c="red.9" w="fit-content" onClick={() => setAsking(true)}>{t('investorRequest.recordWithdrawal')}</Button>
      <AppModal opened={asking} onClose={() => setAsking(false)} title={t('investorRequest.recordWithdrawal')}>
        <Stack gap="sm">
          <Text size="sm">{t('investorRequest.recordWithdrawalLead')}</Text>
          {withdraw.isError && <ErrorAlert error={withdraw.error} />}
          <Group justify="flex-end">
            <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate(undefined, { onSuccess: () => { setAsking(false); notify(t('investorRequest.withdrawalRecorded')); } })}>
              {t('investorRequest.recordWithdrawalConfirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
