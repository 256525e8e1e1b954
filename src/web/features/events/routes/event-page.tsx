import { Anchor, Badge, Breadcrumbs, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventDetails } from '../../../../shared/contracts/events';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useEvent } from '../api/get-event';
import { formatDayAndTime, formatEventDates } from '../components/event-dates';

function Outcomes({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  if (event.agreements.length === 0 && event.followUps.length === 0) return <Text size="sm">{t('events.noOutcomes')}</Text>;
  return (
    <Stack gap="sm">
      {event.agreements.length > 0 && (
        <>
          <Title order={3} size="h5">{t('events.agreementsSigned')}</Title>
          <List size="sm" spacing={4}>
            {event.agreements.map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to={`/agreements/${a.id}`} inherit>{localized(a.title)}</Anchor>
                {a.number ? ` (${a.number}${a.signedOn ? `, ${formatDate(a.signedOn, language)}` : ''})` : null}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {event.followUps.length > 0 && (
        <>
          <Title order={3} size="h5">{t('events.followUps')}</Title>
          <ScrollTable label={t('events.followUps')} minWidth={520}>
            <Table.Thead><Table.Tr><Table.Th>{t('events.followUps')}</Table.Th><Table.Th>{t('events.owner')}</Table.Th><Table.Th>{t('events.dueOn')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {event.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{localized(f.text)} <Badge size="sm" variant="filled" tt="none" color={f.status === 'done' ? 'teal.9' : 'blue.8'}>{t(`events.followUpStatus.${f.status}`)}</Badge></Table.Td>
                  <Table.Td>{[f.ownerPerson ? localized(f.ownerPerson.fullName) : null, localized(f.owner.shortName) || localized(f.owner.name)].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(f.dueOn, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}

function EventContent({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const description = localized(event.description);
  return (
    <>
      <PageTitle>{localized(event.title)}</PageTitle>
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
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('events.agenda')}</Title>
            {event.agenda.length === 0 ? <Text size="sm">—</Text> : (
              <List size="sm" spacing={6}>
                {event.agenda.map((item) => <List.Item key={item.id}><Text size="xs" c="gray.7">{formatDayAndTime(item.startsAt, item.endsAt, language)}</Text>{localized(item.title)}</List.Item>)}
              </List>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('events.outcomes')}</Title>
            <Outcomes event={event} />
          </Card>
        </Stack>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('events.participants')}</Title>
          <List size="sm" spacing={6}>
            {event.participants.map((p) => (
              <List.Item key={p.id}>
                {p.person ? <><b>{localized(p.person.fullName)}</b>, </> : null}
                {localized(p.organization.name)}
                {p.role !== 'member' && <Badge ml={6} size="sm" variant="filled" tt="none" color={p.role === 'host' ? 'teal.9' : 'grape.9'}>{t(`events.role.${p.role}`)}</Badge>}
              </List.Item>
            ))}
          </List>
        </Card>
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
