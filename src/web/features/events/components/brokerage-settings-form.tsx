import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brokerageSettingsInput, type EventDetails } from '../../../../shared/contracts/events';
import { errorMessages, fieldIssueMessages } from '../../../../shared/errors';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useConfigureBrokerage } from '../api/configure-brokerage';
import { endsNotAfterStart, fromLocalInput, localTimeZone, toLocalInput } from './datetime-input';
import { periodDrafts, PeriodsEditor, periodsOf, type PeriodDraft } from './periods-editor';

const fourHours = 4 * 3_600_000;

/** A first session: from the event's start, four hours or until the event ends. */
function firstSession(event: EventDetails) {
  const end = Math.min(Date.parse(event.startsAt) + fourHours, Date.parse(event.endsAt));
  return { startsAt: event.startsAt, endsAt: new Date(end).toISOString(), slotMinutes: 20, tables: 10, defaultMeetingLimit: 8, breaks: [] };
}

/**
 * The brokerage session's frame: when it runs, how long a meeting lasts, the breaks, how many
 * tables and how many meetings a participant may have. The form catches an end before the start
 * and numbers out of range; the server also refuses a session outside the event or breaks that
 * overlap, and its answer is shown here in words.
 */
export function BrokerageSettingsForm({ event, onDone }: { event: EventDetails; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const configure = useConfigureBrokerage(event.id);
  const initial = event.brokerage ?? firstSession(event);
  const [startsAt, setStartsAt] = useState(toLocalInput(initial.startsAt));
  const [endsAt, setEndsAt] = useState(toLocalInput(initial.endsAt));
  const [slotMinutes, setSlotMinutes] = useState<string | number>(initial.slotMinutes);
  const [tables, setTables] = useState<string | number>(initial.tables);
  const [limit, setLimit] = useState<string | number>(initial.defaultMeetingLimit);
  const [breaks, setBreaks] = useState<PeriodDraft[]>(periodDrafts(initial.breaks));
  const [problems, setProblems] = useState<Record<string, string>>({});

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const periods = periodsOf(breaks);
    const number = (value: string | number) => (value === '' ? undefined : Number(value));
    const checked = validateForm(brokerageSettingsInput, {
      startsAt: fromLocalInput(startsAt) ?? '', endsAt: fromLocalInput(endsAt) ?? '',
      slotMinutes: number(slotMinutes), tables: number(tables), defaultMeetingLimit: number(limit), breaks: periods ?? [],
    }, language);
    const found: Record<string, string> = { ...checked.fields };
    if (!startsAt) found.startsAt = fieldIssueMessages.required[language];
    if (!endsAt) found.endsAt = fieldIssueMessages.required[language];
    if (endsNotAfterStart(startsAt, endsAt)) found.endsAt = errorMessages.EVENT_ENDS_BEFORE_START[language];
    if (periods === null) found.breaks = t('eventForms.periodsIncomplete');
    setProblems(found);
    if (Object.keys(found).length > 0 || !checked.data) return;
    configure.mutate(checked.data, { onSuccess: () => { notify(t('eventParts.brokerageSaved')); onDone(); } });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="datetime-local" label={t('eventParts.sessionStartsAt')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={problems.startsAt} />
          <TextInput type="datetime-local" label={t('eventParts.sessionEndsAt')} required value={endsAt} onChange={(e) => setEndsAt(e.currentTarget.value)} error={problems.endsAt} />
        </SimpleGrid>
        <Text size="xs" c="gray.7">{t('eventForms.timeZone', { zone: localTimeZone() })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput label={t('eventParts.slotMinutes')} required min={5} max={240} allowDecimal={false} value={slotMinutes} onChange={setSlotMinutes} error={problems.slotMinutes} />
          <NumberInput label={t('eventParts.tables')} required min={1} max={1000} allowDecimal={false} value={tables} onChange={setTables} error={problems.tables} />
          <NumberInput label={t('eventParts.defaultMeetingLimit')} required min={0} max={100} allowDecimal={false} value={limit} onChange={setLimit} error={problems.defaultMeetingLimit} />
        </SimpleGrid>
        <PeriodsEditor label={t('eventParts.breaks')} itemLabel={t('eventParts.break')} value={breaks} onChange={setBreaks} addLabel={t('eventParts.addBreak')} empty={t('eventParts.noBreaks')} />
        {problems.breaks && <Text size="sm" c="red.9" role="alert">{problems.breaks}</Text>}
        {configure.isError && <ErrorAlert error={configure.error} />}
        <Group gap="sm">
          <Button type="submit" loading={configure.isPending}>{t('eventParts.saveBrokerage')}</Button>
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
