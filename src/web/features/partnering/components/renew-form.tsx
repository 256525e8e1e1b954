import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { profile } from '../../../../shared/contracts/partnering';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** The reminder on the profile itself: it expires soon (or has), and a new date keeps it published. */
export function RenewForm({ profileId, expiresOn }: { profileId: string; expiresOn: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const renew = useMutation({
    mutationFn: (to: string) => apiRequest<AnswerOf<typeof profile>>('POST', `/api/partnering/profiles/${encodeURIComponent(profileId)}/renew`, { expiresOn: to }),
    onSuccess: () => { notify(t('partneringWork.renew.done')); return queryClient.invalidateQueries({ queryKey: ['partnering'] }); },
  });
  return (
    <Alert color="yellow" variant="light" mt="md" title={t('partneringWork.renew.title', { date: expiresOn ? formatDate(expiresOn, language) : '—' })}>
      <Group align="end" wrap="wrap">
        <TextInput type="date" label={t('partneringWork.renew.newDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <Button disabled={!date} loading={renew.isPending} onClick={() => renew.mutate(date)}>{t('partneringWork.renew.action')}</Button>
      </Group>
      {renew.error && <ErrorAlert error={renew.error} />}
    </Alert>
  );
}
