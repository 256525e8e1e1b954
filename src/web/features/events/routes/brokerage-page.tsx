import { Anchor, Breadcrumbs, Card, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BrokerageView } from '../../../../shared/contracts/events';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useBrokerage } from '../api/get-brokerage';
import { useEvent } from '../api/get-event';
import { formatDayAndTime } from '../components/event-dates';
import { MeetingRequests } from '../components/meeting-requests';
import { PersonalSchedule } from '../components/personal-schedule';
import { ScheduleManagement } from '../components/schedule-management';

function BrokerageContent({ eventId, view }: { eventId: string; view: BrokerageView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  // Those who manage the event may act for any participant; the others for their own.
  const actingOptions = view.canManage ? view.participants : view.participants.filter((p) => view.myParticipantIds.includes(p.id));
  const [chosen, setChosen] = useState<string | null>(null);
  const actingId = chosen ?? view.myParticipantIds[0] ?? actingOptions[0]?.id ?? null;
  const s = view.settings;
  return (
    <Stack gap="md">
      <Text size="sm">{formatDayAndTime(s.startsAt, s.endsAt, language)} · {t('events.brokerage.settings', { minutes: s.slotMinutes, tables: s.tables, limit: s.defaultMeetingLimit })}</Text>
      {view.canManage && <ScheduleManagement eventId={eventId} view={view} />}
      {actingId === null ? <Text>{t('events.brokerage.notParticipant')}</Text> : (
        <>
          {actingOptions.length > 1 && (
            <Select label={t('events.brokerage.actingFor')} searchable allowDeselect={false} w={{ base: '100%', sm: 360 }} value={actingId} onChange={setChosen}
              data={actingOptions.map((p) => ({ value: p.id, label: localized(p.organization.name) }))} />
          )}
          {actingOptions.length === 1 && <Text size="sm"><b>{t('events.brokerage.actingFor')}:</b> {localized(actingOptions[0]!.organization.name)}</Text>}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Card withBorder><MeetingRequests eventId={eventId} view={view} actingId={actingId} /></Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('events.brokerage.schedule')}</Title>
              <PersonalSchedule eventId={eventId} participantId={actingId} />
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

export function BrokeragePage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const event = useEvent(id);
  const brokerage = useBrokerage(id);
  // A brokerage event names itself; a forum's session is named after the forum.
  const title = !event.data ? t('events.brokerage.title') : event.data.kind === 'brokerage' ? localized(event.data.title) : `${t('events.brokerage.title')}: ${localized(event.data.title)}`;
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to="/events">{t('events.title')}</Anchor>
        {/* The kind names the event page briefly; its full title is the heading below. */}
        {event.data && <Anchor component={Link} to={`/events/${id}`}>{t(`events.kind.${event.data.kind}`)}</Anchor>}
      </Breadcrumbs>
      <PageTitle>{title}</PageTitle>
      <QueryState query={brokerage}>{(view) => <BrokerageContent eventId={id} view={view} />}</QueryState>
    </Stack>
  );
}
