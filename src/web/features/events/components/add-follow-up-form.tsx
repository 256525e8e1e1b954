import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetails } from '../../../../shared/contracts/events';
import { fieldIssueMessages } from '../../../../shared/errors';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useAddFollowUp } from '../api/follow-ups';
import { PersonSelect } from './person-select';

/** A task that comes out of the event: what, whose (an organization of the event, optionally one of its people), by when. */
export function AddFollowUpForm({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const add = useAddFollowUp(event.id);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  // The organizer and the participating organizations, each once.
  const owners = [event.organizer, ...event.participants.map((p) => p.organization)]
    .filter((o, index, all) => all.findIndex((x) => x.id === o.id) === index)
    .map((o) => ({ value: o.id, label: localized(o.name) }));

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const found: Record<string, string> = {};
    if (!text.trim()) found.text = fieldIssueMessages.required[language];
    if (!ownerId) found.owner = fieldIssueMessages.required[language];
    if (!dueOn) found.dueOn = fieldIssueMessages.required[language];
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // Written in the interface language; the other languages fall back to it.
    add.mutate({ text: { ru: null, en: null, zh: null, [language]: text.trim() }, ownerOrganizationId: ownerId!, ownerPersonId: personId, dueOn, status: 'open' }, {
      onSuccess: () => {
        notify(t('eventParts.followUpAdded'));
        setText('');
        setPersonId(null);
        setDueOn('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">{t('eventParts.addFollowUp')}</Title>
        <TextInput label={t('eventParts.followUpText')} required value={text} onChange={(e) => setText(e.currentTarget.value)} error={problems.text} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select label={t('events.owner')} required data={owners} value={ownerId} onChange={(v) => { setOwnerId(v); setPersonId(null); }} error={problems.owner} searchable comboboxProps={{ withinPortal: true }} />
          <TextInput type="date" label={t('events.dueOn')} required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={problems.dueOn} />
        </SimpleGrid>
        {ownerId && <PersonSelect organizationId={ownerId} label={t('eventParts.ownerPerson')} value={personId} onChange={setPersonId} />}
        {add.isError && <ErrorAlert error={add.error} />}
        <Group><Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>{t('eventParts.addFollowUpButton')}</Button></Group>
      </Stack>
    </form>
  );
}
