import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createEventInput, eventKinds, type EventDetails, type EventKind } from '../../../../shared/contracts/events';
import { errorMessages, fieldIssueMessages } from '../../../../shared/errors';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useSaveEvent } from '../api/save-event';
import { endsNotAfterStart, fromLocalInput, localTimeZone, toLocalInput } from './datetime-input';
import { draftOf, hasAnyText, LocalizedFields, textOf } from './localized-fields';
import { OrganizerField } from './organizer-field';

/**
 * Registering or editing an event: what, when, where, who organizes it. Participants, the agenda,
 * outcomes and the brokerage session are edited on the event's page once it exists. The form checks
 * what it can before sending (the same contract as the server); the server checks everything again.
 */
export function EventForm({ event }: { event?: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const navigate = useNavigate();
  const save = useSaveEvent(event?.id ?? null);
  const [kind, setKind] = useState<EventKind>(event?.kind ?? 'official_visit');
  const [title, setTitle] = useState(draftOf(event?.title));
  const [place, setPlace] = useState(draftOf(event?.place));
  const [description, setDescription] = useState(draftOf(event?.description));
  const [startsAt, setStartsAt] = useState(toLocalInput(event?.startsAt));
  const [endsAt, setEndsAt] = useState(toLocalInput(event?.endsAt));
  const [organizerId, setOrganizerId] = useState<string | null>(event?.organizer.id ?? null);
  const [isPublic, setIsPublic] = useState(event?.isPublic ?? false);
  const [problems, setProblems] = useState<Record<string, string>>({});

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const input = {
      kind, title: textOf(title), place: textOf(place), description: textOf(description),
      startsAt: fromLocalInput(startsAt) ?? '', endsAt: fromLocalInput(endsAt) ?? '', organizerOrganizationId: organizerId ?? '', isPublic,
    };
    const checked = validateForm(createEventInput, input, language);
    const found: Record<string, string> = { ...checked.fields };
    if (!hasAnyText(title)) found.title = fieldIssueMessages.name_required[language];
    if (!startsAt) found.startsAt = fieldIssueMessages.required[language];
    if (!endsAt) found.endsAt = fieldIssueMessages.required[language];
    if (!organizerId) found.organizerOrganizationId = fieldIssueMessages.required[language];
    if (endsNotAfterStart(startsAt, endsAt)) found.endsAt = errorMessages.EVENT_ENDS_BEFORE_START[language];
    setProblems(found);
    if (Object.keys(found).length > 0 || !checked.data) return;
    save.mutate(checked.data, {
      onSuccess: (saved) => {
        notify(t(event ? 'eventForms.saved' : 'eventForms.created'));
        void navigate(`/events/${saved.id}`);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={960}>
        <Fieldset legend={t('eventForms.basics')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('eventForms.kind')} required allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as EventKind)}
                data={eventKinds.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))} comboboxProps={{ withinPortal: true }} />
              <OrganizerField value={organizerId} onChange={setOrganizerId} error={problems.organizerOrganizationId}
                current={event ? { id: event.organizer.id, name: localized(event.organizer.name) } : undefined} />
            </SimpleGrid>
            <LocalizedFields label={t('eventForms.title')} value={title} onChange={setTitle} required error={problems.title} />
            <Text size="xs" c="gray.7">{t('eventForms.fallbackHint')}</Text>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('eventForms.whenAndWhere')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput type="datetime-local" label={t('eventForms.startsAt')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={problems.startsAt} />
              <TextInput type="datetime-local" label={t('eventForms.endsAt')} required value={endsAt} onChange={(e) => setEndsAt(e.currentTarget.value)} error={problems.endsAt} />
            </SimpleGrid>
            <Text size="xs" c="gray.7">{t('eventForms.timeZone', { zone: localTimeZone() })}</Text>
            <LocalizedFields label={t('eventForms.place')} value={place} onChange={setPlace} />
            <Checkbox label={t('eventForms.isPublic')} description={t('eventForms.isPublicHint')} checked={isPublic} onChange={(e) => setIsPublic(e.currentTarget.checked)} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('eventForms.description')}>
          <LocalizedFields label={t('eventForms.description')} value={description} onChange={setDescription} multiline />
        </Fieldset>
        {Object.keys(problems).length > 0 && <Text size="sm" c="red.9" role="alert">{t('eventForms.fixProblems')}</Text>}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group><Button type="submit" loading={save.isPending}>{t(event ? 'eventForms.save' : 'eventForms.create')}</Button></Group>
      </Stack>
    </form>
  );
}
