import { Button, Group, Paper, SegmentedControl, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterestDto } from '../../../../shared/contracts/partnering';
import { meetingFormats } from '../../../../shared/contracts/partnering';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useAgreementSearch, useIntroduceWithNote, useRecordMeeting, useRecordOutcome } from '../api/interest-steps';

/** The intermediary (or the owner accepting) introduces the parties, with a note to both. */
export function IntroduceForm({ interest }: { interest: InterestDto }) {
  const { t } = useTranslation();
  const introduce = useIntroduceWithNote();
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="sm" mt="xs">
      <Textarea label={t('partneringWork.steps.introductionNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      {introduce.error && <ErrorAlert error={introduce.error} />}
      <Group mt="xs">
        <Button size="xs" loading={introduce.isPending} onClick={() => introduce.mutate({ id: interest.id, input: note ? { note } : {} }, { onSuccess: () => notify(t('partneringWork.steps.introduced')) })}>
          {t('partnering.interests.introduce')}
        </Button>
      </Group>
    </Paper>
  );
}

export function MeetingForm({ interest }: { interest: InterestDto }) {
  const { t } = useTranslation();
  const meeting = useRecordMeeting();
  const [on, setOn] = useState(interest.meetingOn ?? '');
  const [format, setFormat] = useState<string>(interest.meetingFormat ?? 'online');
  const [notes, setNotes] = useState(interest.meetingNotes ?? '');
  return (
    <Paper withBorder p="sm" mt="xs" component="section" aria-labelledby={`meeting-${interest.id}`}>
      <Title order={3} size="h5" id={`meeting-${interest.id}`}>{t('partneringWork.steps.meeting')}</Title>
      <Group align="end" mt="xs" wrap="wrap">
        <TextInput type="date" label={t('partneringWork.steps.meetingOn')} required value={on} onChange={(e) => setOn(e.currentTarget.value)} />
        <Stack gap={4}>
          <span id={`format-${interest.id}`} style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }}>{t('partneringWork.steps.format')}</span>
          <SegmentedControl aria-labelledby={`format-${interest.id}`} value={format} onChange={setFormat}
            data={meetingFormats.map((value) => ({ value, label: t(`partneringWork.steps.formats.${value}`) }))} />
        </Stack>
      </Group>
      <Textarea mt="xs" label={t('partneringWork.steps.meetingNotes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      {meeting.error && <ErrorAlert error={meeting.error} />}
      <Group mt="xs">
        <Button size="xs" disabled={!on} loading={meeting.isPending}
          onClick={() => meeting.mutate({ id: interest.id, input: { on, format: format as (typeof meetingFormats)[number], ...(notes ? { notes } : {}) } }, { onSuccess: () => notify(t('partneringWork.steps.meetingSaved')) })}>
          {t('partneringWork.steps.saveMeeting')}
        </Button>
      </Group>
    </Paper>
  );
}

type Outcome = 'agreement' | 'project' | 'closed';

/** The end of the road: an agreement of the registry, a joint project (a link), or closed with a reason. */
export function OutcomeForm({ interest }: { interest: InterestDto }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const record = useRecordOutcome();
  const [outcome, setOutcome] = useState<Outcome>(interest.status === 'sent' ? 'closed' : 'agreement');
  const [search, setSearch] = useState('');
  const agreements = useAgreementSearch(search);
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const [projectLink, setProjectLink] = useState('');
  const [reason, setReason] = useState('');
  const outcomes: Outcome[] = interest.status === 'sent' ? ['closed'] : ['agreement', 'project', 'closed'];
  const input = outcome === 'agreement' ? { outcome, agreementId: agreementId ?? undefined } : outcome === 'project' ? { outcome, projectLink } : { outcome, reason };
  const ready = outcome === 'agreement' ? !!agreementId : outcome === 'project' ? !!projectLink : !!reason.trim();
  return (
    <Paper withBorder p="sm" mt="xs" component="section" aria-labelledby={`outcome-${interest.id}`}>
      <Title order={3} size="h5" id={`outcome-${interest.id}`}>{t('partneringWork.steps.outcome')}</Title>
      <Select mt="xs" label={t('partneringWork.steps.outcomeKind')} allowDeselect={false} value={outcome} onChange={(v) => v && setOutcome(v as Outcome)}
        data={outcomes.map((value) => ({ value, label: t(`partnering.interests.statuses.${value}`) }))} />
      {outcome === 'agreement' && (
        <Select mt="xs" label={t('partneringWork.steps.agreement')} searchable required value={agreementId} onChange={setAgreementId} onSearchChange={setSearch}
          data={(agreements.data?.items ?? []).map((a) => ({ value: a.id, label: [a.number, localized(a.title)].filter(Boolean).join(' · ') }))} nothingFoundMessage={t('common.empty')} />
      )}
      {outcome === 'project' && <TextInput mt="xs" type="url" label={t('partneringWork.steps.projectLink')} required placeholder="https://" value={projectLink} onChange={(e) => setProjectLink(e.currentTarget.value)} />}
      {outcome === 'closed' && <Textarea mt="xs" label={t('partneringWork.steps.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      {record.error && <ErrorAlert error={record.error} />}
      <Group mt="xs">
        <Button size="xs" disabled={!ready} loading={record.isPending} onClick={() => record.mutate({ id: interest.id, input }, { onSuccess: () => notify(t('partneringWork.steps.outcomeSaved')) })}>
          {t('partneringWork.steps.saveOutcome')}
        </Button>
      </Group>
    </Paper>
  );
}
