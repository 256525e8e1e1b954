import { ActionIcon, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummary } from '../../../../shared/contracts/events';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { formatMonth, localDay, monthWeeks, shiftMonth, weekdayNames } from './event-dates';

const shownPerDay = 3;

/** A month grid: each day lists the events that run on it, in the reader's time zone. */
export function MonthCalendar({ month, events, onMonthChange }: { month: string; events: EventSummary[]; onMonthChange: (month: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const monthName = formatMonth(month, language);
  const onDay = (day: string) => events.filter((e) => localDay(new Date(e.startsAt)) <= day && day <= localDay(new Date(e.endsAt)));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <ActionIcon variant="default" aria-label={t('events.previousMonth')} onClick={() => onMonthChange(shiftMonth(month, -1))}><IconChevronLeft size={16} aria-hidden /></ActionIcon>
        <Title order={2} size="h4" aria-live="polite">{monthName}</Title>
        <ActionIcon variant="default" aria-label={t('events.nextMonth')} onClick={() => onMonthChange(shiftMonth(month, 1))}><IconChevronRight size={16} aria-hidden /></ActionIcon>
      </Group>
      <div role="region" aria-label={t('events.monthGrid', { month: monthName })} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Table withTableBorder withColumnBorders miw={700} layout="fixed">
          <Table.Thead>
            <Table.Tr>{weekdayNames(language).map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monthWeeks(month).map((week) => (
              <Table.Tr key={week[0]}>
                {week.map((day) => {
                  const list = onDay(day);
                  const inMonth = day.startsWith(month);
                  return (
                    <Table.Td key={day} style={{ verticalAlign: 'top', height: 96 }} bg={inMonth ? undefined : 'gray.0'}>
                      <Text size="xs" c={inMonth ? undefined : 'gray.7'} fw={600}>{Number(day.slice(8))}</Text>
                      <Stack gap={2}>
                        {list.slice(0, shownPerDay).map((e) => (
                          <Anchor key={e.id} component={Link} to={`/events/${e.id}`} size="xs" lineClamp={2}>{localized(e.title)}</Anchor>
                        ))}
                        {list.length > shownPerDay && <Text size="xs" c="gray.7">{t('events.moreEvents', { count: list.length - shownPerDay })}</Text>}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
