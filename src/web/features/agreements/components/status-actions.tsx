import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/contracts/agreements';
import { agreementTransitions, type AgreementStatus } from '../../../../shared/domain';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useChangeAgreementStatus } from '../api/change-agreement-status';

/** The moves the lifecycle allows from here; terminating asks for the reason and the date. */
export function StatusActions({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const change = useChangeAgreementStatus(agreement.id);
  const [target, setTarget] = useState<AgreementStatus | null>(null);
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(() => new Date().toISOString().slice(0, 10));
  const next = agreementTransitions[agreement.status];
  // Nothing moves back to draft, so every target has its action label.
  const label = (status: AgreementStatus) => t(`agreements.status.to.${status as Exclude<AgreementStatus, 'draft'>}`);
  if (next.length === 0) return null;
  const needsForm = (status: AgreementStatus) => status === 'terminated' || (status === 'signed' && !agreement.signedOn);
  const submit = (status: AgreementStatus) =>
    change.mutate(
      { status, ...(status === 'terminated' ? { reason } : {}), ...(needsForm(status) ? { on } : {}) },
      { onSuccess: () => { setTarget(null); notify(t('agreements.status.changed')); } },
    );

  return (
    <>
      <Group gap="xs" aria-label={t('agreements.status.actions')} role="group">
        {next.map((status) => (
          <Button key={status} size="xs" variant={status === 'terminated' ? 'outline' : 'light'} color={status === 'terminated' ? 'red.9' : undefined}
            onClick={() => (needsForm(status) ? setTarget(status) : submit(status))} loading={change.isPending && !target}>
            {label(status)}
          </Button>
        ))}
      </Group>
      {change.isError && !target && <ErrorAlert error={change.error} />}
      <AppModal opened={target !== null} onClose={() => setTarget(null)} title={target ? label(target) : ''}>
        <form onSubmit={(event) => { event.preventDefault(); if (target) submit(target); }}>
          <Stack gap="sm">
            <TextInput type="date" label={t('agreements.status.on')} value={on} onChange={(event) => setOn(event.currentTarget.value)} required />
            {target === 'terminated' && <Textarea label={t('agreements.status.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} required autosize minRows={2} />}
            {change.isError && <ErrorAlert error={change.error} />}
            <Group justify="flex-end"><Button type="submit" loading={change.isPending}>{target ? label(target) : ''}</Button></Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
