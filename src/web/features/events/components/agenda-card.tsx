import { Button, Card, Group, List, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetails } from '../../../../shared/contracts/events';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { AgendaEditor } from './agenda-editor';
import { formatDayAndTime } from './event-dates';

export function AgendaCard({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">{t('events.agenda')}</Title>
        {event.canManage && !editing && <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>{t('eventForms.editAgenda')}</Button>}
      </Group>
      {editing ? <AgendaEditor event={event} onDone={() => setEditing(false)} /> : event.agenda.length === 0 ? <Text size="sm">—</Text> : (
        <List size="sm" spacing={6}>
          {event.agenda.map((item) => <List.Item key={item.id}><Text size="xs" c="gray.7">{formatDayAndTime(item.startsAt, item.endsAt, language)}</Text>{localized(item.title)}</List.Item>)}
        </List>
      )}
    </Card>
  );
}
