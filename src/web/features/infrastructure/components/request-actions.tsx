import { Button, Group, MultiSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestorRequest } from '../../../../shared/contracts/investor-requests';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useCloseInvestorRequest, useRespondToInvestorRequest } from '../api/investor-requests';
import { useInfrastructureList } from '../api/list-infrastructure';
import { RegisterResidentForm } from './register-resident-form';

/** The park's answer with options from its own catalog (objects not yet occupied). */
export function RespondForm({ request }: { request: InvestorRequest }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const respond = useRespondToInvestorRequest(request.id);
  const [message, setMessage] = useState('');
  const [proposed, setProposed] = useState<string[]>([]);
  const objects = useInfrastructureList({ ecosystemId: request.ecosystem.id, pageSize: 200, sort: 'name' }).data?.items ?? [];
  const options = objects.filter((o) => o.status !== 'occupied').map((o) => ({ value: o.id, label: `${localized(o.name)} (${t(`infrastructure.types.${o.type}`)})` }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    respond.mutate({ message, proposedObjectIds: proposed }, { onSuccess: () => { setMessage(''); setProposed([]); notify(t('investorRequest.responded')); } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="respond-heading">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="respond-heading">{t('investorRequest.respond')}</Title>
          <Textarea label={t('investorRequest.responseMessage')} required autosize minRows={3} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <MultiSelect label={t('investorRequest.propose')} searchable value={proposed} onChange={setProposed} data={options} maxValues={10} />
          {respond.isError && <ErrorAlert error={respond.error} />}
          <Button type="submit" loading={respond.isPending} w="fit-content">{t('investorRequest.respond')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** The outcome: a resident registered, or declined with the reason (asked for in a dialog). */
export function OutcomeActions({ request }: { request: InvestorRequest }) {
  const { t } = useTranslation();
  const close = useCloseInvestorRequest(request.id);
  const [declining, setDeclining] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [reason, setReason] = useState('');
  const done = () => { setDeclining(false); setRegistering(false); notify(t('investorRequest.closed')); };
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('investorRequest.outcome')}>
        <Button color="#1f6b2f" onClick={() => setRegistering(true)}>
          {t('investorRequest.registerResident')}
        </Button>
        <Button variant="outline" color="red.9" onClick={() => setDeclining(true)}>{t('investorRequest.decline')}</Button>
      </Group>
      <AppModal opened={registering} onClose={() => setRegistering(false)} title={t('investorRequest.registerTitle')} size="lg">
        <RegisterResidentForm request={request} onDone={done} />
      </AppModal>
      <AppModal opened={declining} onClose={() => setDeclining(false)} title={t('investorRequest.decline')}>
        <form onSubmit={(event) => { event.preventDefault(); close.mutate({ outcome: 'declined', reason }, { onSuccess: done }); }}>
          <Stack gap="sm">
            <Textarea label={t('investorRequest.declineReason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            {close.isError && <ErrorAlert error={close.error} />}
            <Group justify="flex-end"><Button type="submit" color="red.9" loading={close.isPending}>{t('investorRequest.decline')}</Button></Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
