import { Anchor, Badge, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { eventKinds, type EventKind } from '../../../../shared/contracts/events';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useEvents } from '../api/list-events';
import { formatEventDates, localDay, monthWeeks } from '../components/event-dates';
import { canCreateEvents } from '../components/event-permissions';
import { MonthCalendar } from '../components/month-calendar';

export function EventsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : localDay(new Date()).slice(0, 7);
  const kind = (eventKinds as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as EventKind) : undefined;
  const weeks = monthWeeks(month);
  const range = view === 'calendar' ? { from: weeks[0]![0], to: weeks.at(-1)![6] } : {};
  const events = useEvents({ ...range, kind });
  const me = useCurrentUser();
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle actions={canCreateEvents(me.data?.user) ? (
        <Button component={Link} to="/events/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('eventForms.newEvent')}</Button>
      ) : undefined}>{t('events.title')}</PageTitle>
      <Group mb="md" gap="md" align="end" wrap="wrap">
        <SegmentedControl value={view} onChange={(value) => set({ view: value === 'list' ? null : value })} data={[{ value: 'list', label: t('events.list') }, { value: 'calendar', label: t('events.calendar') }]} aria-label={t('events.title')} />
        <Select
          label={t('events.filterKind')} value={kind ?? ''} w={240} allowDeselect={false}
          data={[{ value: '', label: t('events.allKinds') }, ...eventKinds.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))]}
          onChange={(value) => set({ kind: value || null })}
        />
      </Group>
      <QueryState query={events}>
        {(page) => view === 'calendar' ? (
          <MonthCalendar month={month} events={page.items} onMonthChange={(next) => set({ month: next })} />
        ) : page.items.length === 0 ? <Text>{t('events.noEvents')}</Text> : (
          <ScrollTable label={t('events.title')}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('events.when')}</Table.Th><Table.Th>{t('events.title')}</Table.Th><Table.Th>{t('events.where')}</Table.Th><Table.Th>{t('events.organizer')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatEventDates(e.startsAt, e.endsAt, language)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/events/${e.id}`}>{localized(e.title)}</Anchor>
                    <Group gap={4} mt={4}><Badge variant="filled" color="blue.8" size="sm" tt="none">{t(`events.kind.${e.kind}`)}</Badge></Group>
                  </Table.Td>
                  <Table.Td>{localized(e.place)}</Table.Td>
                  <Table.Td>{localized(e.organizer.shortName) || localized(e.organizer.name)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </QueryState>
    </>
  );
}
