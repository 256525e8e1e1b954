import { Button, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { personalSchedulePath, usePersonalSchedule } from '../api/get-personal-schedule';
import { formatDayAndTime } from './event-dates';

/** One participant's meetings with times and tables, and the same as an iCalendar file. */
export function PersonalSchedule({ eventId, participantId }: { eventId: string; participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const schedule = usePersonalSchedule(eventId, participantId);
  return (
    <QueryState query={schedule}>
      {(data) => (
        <>
          {!data.published && <Text size="sm" mb="xs">{t('events.brokerage.notPublished')}</Text>}
          {data.meetings.length === 0 ? <Text size="sm">{t('events.brokerage.noMeetings')}</Text> : (
            <ScrollTable label={t('events.brokerage.schedule')} minWidth={480}>
              <Table.Thead><Table.Tr><Table.Th>{t('events.brokerage.time')}</Table.Th><Table.Th>{t('events.brokerage.table')}</Table.Th><Table.Th>{t('events.brokerage.with')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {data.meetings.map((m) => (
                  <Table.Tr key={m.startsAt}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDayAndTime(m.startsAt, m.endsAt, language)}</Table.Td>
                    <Table.Td>{m.tableNumber}</Table.Td>
                    <Table.Td>{localized(m.with.organization.name)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
          {data.meetings.length > 0 && (
            <Button component="a" href={`${personalSchedulePath(eventId, participantId)}.ics`} download variant="default" mt="sm" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('events.brokerage.downloadIcs')}
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}
