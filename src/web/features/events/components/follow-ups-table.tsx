import { Badge, Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventDetails, FollowUp } from '../../../../shared/contracts/events';
import { notify } from '../../../components/ui/notify';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { localizeError } from '../../../lib/api-errors';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useUpdateFollowUp } from '../api/follow-ups';
import { today } from './datetime-input';

/** Open tasks past their due date are overdue; a done task never is. */
export const isOverdue = (f: FollowUp, on = today()) => f.status === 'open' && f.dueOn < on;

export function FollowUpsTable({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const update = useUpdateFollowUp(event.id);
  const failed = (error: unknown) => notify(localizeError(error, language, t('common.networkError')).message, 'red');
  if (event.followUps.length === 0) {
    return event.canManage ? <><Title order={3} size="h5">{t('events.followUps')}</Title><Text size="sm">{t('eventParts.noFollowUps')}</Text></> : null;
  }
  return (
    <>
      <Title order={3} size="h5">{t('events.followUps')}</Title>
      <ScrollTable label={t('events.followUps')} minWidth={520}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.followUps')}</Table.Th><Table.Th>{t('events.owner')}</Table.Th><Table.Th>{t('events.dueOn')}</Table.Th>
            {event.canManage && <Table.Th><VisuallyHidden>{t('eventParts.actions')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.followUps.map((f) => {
            const text = localized(f.text);
            const next = f.status === 'open' ? 'done' : 'open';
            return (
              <Table.Tr key={f.id}>
                <Table.Td>{text} <Badge size="sm" variant="filled" tt="none" color={f.status === 'done' ? 'teal.9' : 'blue.8'}>{t(`events.followUpStatus.${f.status}`)}</Badge></Table.Td>
                <Table.Td>{[f.ownerPerson ? localized(f.ownerPerson.fullName) : null, localized(f.owner.shortName) || localized(f.owner.name)].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>
                  {/* The badge goes under the date when the column is narrow: squeezed beside it, it was cut to nothing. */}
                  <Group gap={4} wrap="wrap" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(f.dueOn, language)}
                    {isOverdue(f) && <Badge size="sm" variant="filled" color="red.9" tt="none">{t('eventParts.overdue')}</Badge>}
                  </Group>
                </Table.Td>
                {event.canManage && (
                  <Table.Td>
                    <Button size="xs" variant="subtle" loading={update.isPending && update.variables?.followUpId === f.id}
                      aria-label={t(next === 'done' ? 'eventParts.markDoneOf' : 'eventParts.reopenOf', { name: text })}
                      onClick={() => update.mutate({ followUpId: f.id, change: { status: next } }, { onSuccess: () => notify(t(next === 'done' ? 'eventParts.followUpDone' : 'eventParts.followUpReopened')), onError: failed })}>
                      {t(next === 'done' ? 'eventParts.markDone' : 'eventParts.reopen')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}
