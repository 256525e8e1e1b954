import { Button, Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventParticipant } from '../../../../shared/contracts/events';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useUpdateParticipant } from '../api/event-participants';
import { localTimeZone } from './datetime-input';
import { periodDrafts, type PeriodDraft, PeriodsEditor, periodsOf } from './periods-editor';

type Props = { eventId: string; participant: EventParticipant; name: string; defaultLimit: number | null; onClose: () => void };

/** Whether a participant meets others one to one, how many times at most, and when they can. */
export function ParticipantBrokerageModal({ eventId, participant, name, defaultLimit, onClose }: Props) {
  const { t } = useTranslation();
  const update = useUpdateParticipant(eventId);
  const [brokerage, setBrokerage] = useState(participant.brokerage);
  const [limit, setLimit] = useState<string | number>(participant.meetingLimit ?? '');
  const [availability, setAvailability] = useState<PeriodDraft[]>(periodDrafts(participant.availability));
  const [incomplete, setIncomplete] = useState(false);

  function save() {
    const periods = periodsOf(availability);
    setIncomplete(periods === null);
    if (periods === null) return;
    update.mutate({
      participantId: participant.id,
      change: { brokerage, meetingLimit: limit === '' ? null : Number(limit), availability: periods.length > 0 ? periods : null },
    }, { onSuccess: () => { notify(t('eventParts.participantSaved', { name })); onClose(); } });
  }

  return (
    <AppModal opened onClose={onClose} title={t('eventParts.brokerageOf', { name })} size="lg">
      <Stack gap="sm">
        <Checkbox label={t('eventParts.inBrokerage')} checked={brokerage} onChange={(e) => setBrokerage(e.currentTarget.checked)} />
        <NumberInput label={t('eventParts.meetingLimit')} description={defaultLimit === null ? undefined : t('eventParts.meetingLimitDefault', { count: defaultLimit })}
          min={0} max={100} allowDecimal={false} value={limit} onChange={setLimit} w={{ base: '100%', sm: 260 }} />
        <PeriodsEditor label={t('eventParts.availability')} itemLabel={t('eventParts.availabilityPeriod')} value={availability} onChange={setAvailability}
          addLabel={t('eventParts.addAvailability')} empty={t('eventParts.availableWholeSession')} />
        <Text size="xs" c="gray.7">{t('eventForms.timeZone', { zone: localTimeZone() })}</Text>
        {incomplete && <Text size="sm" c="red.9" role="alert">{t('eventForms.periodsIncomplete')}</Text>}
        {update.isError && <ErrorAlert error={update.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={update.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
