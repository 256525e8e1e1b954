import { Button, Checkbox, Group, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { participantRoles, type ParticipantRole } from '../../../../shared/contracts/events';
import { fieldIssueMessages } from '../../../../shared/errors';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage } from '../../../lib/use-language';
import { useAddParticipant } from '../api/event-participants';
import { OrganizationSelect } from '../../../components/domain/organization-select';
import { PersonSelect } from './person-select';

/** An organization from the registry, or one of its people, with their role at the event. */
export function AddParticipantForm({ eventId, hasBrokerage }: { eventId: string; hasBrokerage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddParticipant(eventId);
  const [organization, setOrganization] = useState<{ id: string; name: string } | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipantRole>('member');
  const [brokerage, setBrokerage] = useState(false);
  const [missing, setMissing] = useState(false);
  // A new picker after each addition: it forgets the name typed for the previous one.
  const [round, setRound] = useState(0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!organization) {
      setMissing(true);
      return;
    }
    setMissing(false);
    add.mutate({ organizationId: organization.id, personId, role, brokerage, meetingLimit: null, availability: null }, {
      onSuccess: () => {
        notify(t('eventParts.participantAdded', { name: organization.name }));
        setOrganization(null);
        setPersonId(null);
        setRole('member');
        setBrokerage(false);
        setRound(round + 1);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">{t('eventParts.addParticipant')}</Title>
        <OrganizationSelect key={round} label={t('eventParts.organization')} required value={organization?.id ?? null}
          onChange={(id, name) => { setOrganization(id ? { id, name } : null); setPersonId(null); }}
          error={missing ? fieldIssueMessages.required[language] : undefined} />
        {organization && <PersonSelect organizationId={organization.id} label={t('eventParts.person')} value={personId} onChange={setPersonId} />}
        <Select label={t('eventParts.role')} allowDeselect={false} value={role} onChange={(v) => v && setRole(v as ParticipantRole)}
          data={participantRoles.map((r) => ({ value: r, label: t(`events.role.${r}`) }))} comboboxProps={{ withinPortal: true }} />
        {hasBrokerage && <Checkbox label={t('eventParts.inBrokerage')} checked={brokerage} onChange={(e) => setBrokerage(e.currentTarget.checked)} />}
        {add.isError && <ErrorAlert error={add.error} />}
        <Group><Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>{t('eventParts.addParticipantButton')}</Button></Group>
      </Stack>
    </form>
  );
}
