import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageTitle } from '../../../components/ui/page-title';
import { withdrawInvestorConsentByToken } from '../api/create-investor-request';

/**
 * Where the private link given with an investor request leads: the sender withdraws their consent
 * and their contact is erased. The token is in the fragment, so it reaches only this page's code.
 */
export function ConsentWithdrawalPage() {
  const { t } = useTranslation();
  const token = useLocation().hash.replace(/^#/, '');
  const withdraw = useMutation({ mutationFn: () => withdrawInvestorConsentByToken(token) });
  return (
    <>
      <PageTitle>{t('investorRequest.withdrawTitle')}</PageTitle>
      <Paper withBorder p="md" maw={720}>
        {withdraw.isSuccess ? (
          <Alert color="green" role="status"><Text size="sm">{t('investorRequest.withdrawn')}</Text></Alert>
        ) : (
          <Stack gap="sm">
            <Text>{t('investorRequest.withdrawLead')}</Text>
            {!token && <Alert color="yellow" role="status"><Text size="sm">{t('investorRequest.withdrawNoToken')}</Text></Alert>}
            {withdraw.isError && <ErrorAlert error={withdraw.error} />}
            <Button color="red.9" w="fit-content" disabled={!token} loading={withdraw.isPending} onClick={() => withdraw.mutate()}>{t('investorRequest.withdraw')}</Button>
          </Stack>
        )}
      </Paper>
    </>
  );
}
