import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetails } from '../../../../shared/contracts/events';
import { useLanguage } from '../../../lib/use-language';
import { BrokerageSettingsForm } from './brokerage-settings-form';
import { formatDayAndTime } from './event-dates';

/** For those who manage the event: set up its brokerage session or change the settings. */
export function BrokerageSettingsCard({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const s = event.brokerage;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">{t('eventParts.brokerageSettings')}</Title>
        {!editing && (
          <Button size="xs" variant="light" leftSection={<IconSettings size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t(s ? 'eventParts.editBrokerage' : 'eventParts.setUpBrokerage')}
          </Button>
        )}
      </Group>
      {editing ? <BrokerageSettingsForm event={event} onDone={() => setEditing(false)} /> : s ? (
        <>
          <Text size="sm">{formatDayAndTime(s.startsAt, s.endsAt, language)}</Text>
          <Text size="sm">{t('events.brokerage.settings', { minutes: s.slotMinutes, tables: s.tables, limit: s.defaultMeetingLimit })}</Text>
          {s.breaks.length > 0 && <Text size="sm">{t('eventParts.breaksList', { list: s.breaks.map((b) => formatDayAndTime(b.from, b.to, language)).join('; ') })}</Text>}
        </>
      ) : <Text size="sm">{t('eventParts.noBrokerage')}</Text>}
    </Card>
  );
}
