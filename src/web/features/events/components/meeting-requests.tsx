import { Badge, Button, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrokerageView, EventParticipant } from '../../../../shared/contracts/events';
import { notify } from '../../../components/ui/notify';
import { localizeError } from '../../../lib/api-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useAnswerMeetingRequest } from '../api/answer-meeting-request';
import { useRequestMeeting } from '../api/request-meeting';

const statusColor = { pending: 'indigo.8', accepted: 'teal.9', declined: 'gray.7' } as const;

/** Asking other participants for meetings, and answering those who asked. */
export function MeetingRequests({ eventId, view, actingId }: { eventId: string; view: BrokerageView; actingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [requestedId, setRequestedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const request = useRequestMeeting(eventId);
  const answer = useAnswerMeetingRequest(eventId);
  const byId = new Map(view.participants.map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const p: EventParticipant | undefined = byId.get(id);
    return p ? localized(p.organization.name) : '—';
  };
  const failed = (error: unknown) => notify(localizeError(error, language, t('common.networkError')).message, 'red');
  const mine = view.requests.filter((r) => r.requesterId === actingId || r.requestedId === actingId);
  const asked = new Set(mine.flatMap((r) => [r.requesterId, r.requestedId]));
  const candidates = view.participants.filter((p) => p.id !== actingId && !asked.has(p.id));
  const incoming = mine.filter((r) => r.requestedId === actingId);
  const outgoing = mine.filter((r) => r.requesterId === actingId);
  const send = () => {
    if (!requestedId) return;
    request.mutate({ requesterId: actingId, requestedId, ...(message.trim() ? { message: message.trim() } : {}) }, {
      onSuccess: () => { notify(t('events.brokerage.sent')); setRequestedId(null); setMessage(''); },
      onError: failed,
    });
  };
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('events.brokerage.requestTitle')}</Title>
        <Group align="end" wrap="wrap">
          <Select label={t('events.brokerage.requestWith')} searchable data={candidates.map((p) => ({ value: p.id, label: localized(p.organization.name) }))} value={requestedId} onChange={setRequestedId} w={{ base: '100%', sm: 320 }} />
          <TextInput label={t('events.brokerage.message')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} maxLength={1000} w={{ base: '100%', sm: 280 }} />
          <Button onClick={send} disabled={!requestedId} loading={request.isPending}>{t('events.brokerage.send')}</Button>
        </Group>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">{t('events.brokerage.incoming')}</Title>
        {incoming.length === 0 ? <Text size="sm">{t('events.brokerage.noRequests')}</Text> : (
          <List size="sm" spacing={6} listStyleType="none">
            {incoming.map((r) => (
              <List.Item key={r.id}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={500}>{nameOf(r.requesterId)}</Text>
                  {r.message && <Text size="sm" c="gray.7">«{r.message}»</Text>}
                  {r.status === 'pending' ? (
                    <>
                      <Button size="compact-sm" color="teal.9" aria-label={`${t('events.brokerage.accept')}: ${nameOf(r.requesterId)}`} loading={answer.isPending && answer.variables?.requestId === r.id}
                        onClick={() => answer.mutate({ requestId: r.id, accept: true }, { onSuccess: () => notify(t('events.brokerage.accepted')), onError: failed })}>{t('events.brokerage.accept')}</Button>
                      <Button size="compact-sm" variant="default" aria-label={`${t('events.brokerage.decline')}: ${nameOf(r.requesterId)}`}
                        onClick={() => answer.mutate({ requestId: r.id, accept: false }, { onSuccess: () => notify(t('events.brokerage.declined')), onError: failed })}>{t('events.brokerage.decline')}</Button>
                    </>
                  ) : <Badge size="sm" variant="filled" tt="none" color={statusColor[r.status]}>{t(`events.brokerage.status.${r.status}`)}</Badge>}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">{t('events.brokerage.outgoing')}</Title>
        {outgoing.length === 0 ? <Text size="sm">{t('events.brokerage.noRequests')}</Text> : (
          <List size="sm" spacing={6} listStyleType="none">
            {outgoing.map((r) => (
              <List.Item key={r.id}>
                <Group gap="xs"><Text size="sm">{nameOf(r.requestedId)}</Text><Badge size="sm" variant="filled" tt="none" color={statusColor[r.status]}>{t(`events.brokerage.status.${r.status}`)}</Badge></Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
