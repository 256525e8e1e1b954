import { Anchor, Badge, Breadcrumbs, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventDetails } from '../../../../shared/contracts/events';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useEvent } from '../api/get-event';
import { AgendaCard } from '../components/agenda-card';
import { BrokerageSettingsCard } from '../components/brokerage-settings-card';
import { DeleteEventButton } from '../components/delete-event-button';
import { formatEventDates } from '../components/event-dates';
import { OutcomesCard } from '../components/outcomes-card';
import { ParticipantsCard } from '../components/participants-card';

function EventContent({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const description = localized(event.description);
  const title = localized(event.title);
  // The server tells whether the caller may change the event (events.policy); it decides again on each change.
  const actions = event.canManage ? (
    <Group gap="sm">
      <Button component={Link} to={`/events/${event.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>{t('eventForms.edit')}</Button>
      <DeleteEventButton eventId={event.id} title={title} />
    </Group>
  ) : undefined;
  return (
    <>
      <PageTitle actions={actions}>{title}</PageTitle>
      <Group gap="xs" mb="sm" wrap="wrap">
        <Badge variant="filled" color="blue.8" tt="none">{t(`events.kind.${event.kind}`)}</Badge>
        {event.isPublic && <Badge variant="outline" color="gray.8" tt="none">{t('events.public')}</Badge>}
      </Group>
      <Text size="sm"><b>{t('events.when')}:</b> {formatEventDates(event.startsAt, event.endsAt, language)}</Text>
      {localized(event.place) && <Text size="sm"><b>{t('events.where')}:</b> {localized(event.place)}</Text>}
      <Text size="sm" mb="sm"><b>{t('events.organizer')}:</b> {localized(event.organizer.name)}</Text>
      {description && <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>{description}</Text>}
      {event.brokerage && (
        <Button component={Link} to={`/events/${event.id}/brokerage`} leftSection={<IconUsers size={16} aria-hidden />} mb="md" variant="light">{t('events.brokerageLink')}</Button>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <AgendaCard event={event} />
          <OutcomesCard event={event} />
        </Stack>
        <Stack gap="md">
          <ParticipantsCard event={event} />
          {event.canManage && <BrokerageSettingsCard event={event} />}
        </Stack>
      </SimpleGrid>
    </>
  );
}

export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs style={{ flexWrap: 'wrap' }}><Anchor component={Link} to="/events">{t('events.title')}</Anchor></Breadcrumbs>
      <QueryState query={event}>{(data) => <EventContent event={data} />}</QueryState>
    </Stack>
  );
}
