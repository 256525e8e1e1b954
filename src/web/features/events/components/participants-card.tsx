import { ActionIcon, Badge, Button, Card, Divider, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantRoles, type EventDetails, type EventParticipant, type ParticipantRole } from '../../../../shared/contracts/events';
import { notify } from '../../../components/ui/notify';
import { localizeError } from '../../../lib/api-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useRemoveParticipant, useUpdateParticipant } from '../api/event-participants';
import { AddParticipantForm } from './add-participant-form';
import { ConfirmDialog } from './confirm-dialog';
import { ParticipantBrokerageModal } from './participant-brokerage-modal';

function useParticipantName() {
  const localized = useLocalized();
  return (p: EventParticipant) => (p.person ? `${localized(p.person.fullName)}, ${localized(p.organization.shortName) || localized(p.organization.name)}` : localized(p.organization.name));
}

function ReadOnlyList({ participants }: { participants: EventParticipant[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  if (participants.length === 0) return <Text size="sm">{t('eventParts.noParticipants')}</Text>;
  return (
    <List size="sm" spacing={6}>
      {participants.map((p) => (
        <List.Item key={p.id}>
          {p.person ? <><b>{localized(p.person.fullName)}</b>, </> : null}
          {localized(p.organization.name)}
          {p.role !== 'member' && <Badge ml={6} size="sm" variant="filled" tt="none" color={p.role === 'host' ? 'teal.9' : 'grape.9'}>{t(`events.role.${p.role}`)}</Badge>}
        </List.Item>
      ))}
    </List>
  );
}

/** For those who manage the event: each participant's role changes in place; removal asks first. */
function ManagedList({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useParticipantName();
  const update = useUpdateParticipant(event.id);
  const remove = useRemoveParticipant(event.id);
  const [removing, setRemoving] = useState<EventParticipant | null>(null);
  const [editing, setEditing] = useState<EventParticipant | null>(null);
  const failed = (error: unknown) => notify(localizeError(error, language, t('common.networkError')).message, 'red');
  if (event.participants.length === 0) return <Text size="sm">{t('eventParts.noParticipants')}</Text>;
  return (
    <>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('events.participants')}>
        {event.participants.map((p) => {
          const name = nameOf(p);
          return (
            <Group key={p.id} component="li" gap="xs" wrap="wrap" justify="space-between" align="center">
              <Text size="sm" style={{ flex: '1 1 200px' }}>
                {name}
                {p.brokerage && <Badge ml={6} size="sm" variant="outline" color="blue.9" tt="none">{t('eventParts.brokerageBadge')}</Badge>}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Select aria-label={t('eventParts.roleOf', { name })} size="xs" w={190} allowDeselect={false} value={p.role} comboboxProps={{ withinPortal: true }}
                  data={participantRoles.map((r) => ({ value: r, label: t(`events.role.${r}`) }))}
                  onChange={(role) => role && role !== p.role && update.mutate({ participantId: p.id, change: { role: role as ParticipantRole } }, {
                    onSuccess: () => notify(t('eventParts.participantSaved', { name })), onError: failed,
                  })} />
                {event.brokerage && <Button size="xs" variant="subtle" onClick={() => setEditing(p)} aria-label={t('eventParts.brokerageOf', { name })}>{t('eventParts.brokerageShort')}</Button>}
                <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('eventParts.removeParticipant', { name })} onClick={() => { remove.reset(); setRemoving(p); }}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
      </Stack>
      {editing && <ParticipantBrokerageModal eventId={event.id} participant={editing} name={nameOf(editing)} defaultLimit={event.brokerage?.defaultMeetingLimit ?? null} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('eventParts.removeParticipantTitle')}
        message={removing ? t('eventParts.removeParticipantConfirm', { name: nameOf(removing) }) : ''}
        confirmLabel={t('eventParts.removeYes')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => { notify(t('eventParts.participantRemoved', { name: nameOf(removing) })); setRemoving(null); } })}
      />
    </>
  );
}

export function ParticipantsCard({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('events.participants')}</Title>
      {event.canManage ? (
        <Stack gap="md">
          <ManagedList event={event} />
          <Divider />
          <AddParticipantForm eventId={event.id} hasBrokerage={event.brokerage !== null} />
        </Stack>
      ) : <ReadOnlyList participants={event.participants} />}
    </Card>
  );
}
