import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrokerageView } from '../../../../shared/contracts/events';
import { notify } from '../../../components/ui/notify';
import { localizeError } from '../../../lib/api-errors';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { usePublishSchedule } from '../api/publish-schedule';
import { useRunScheduler } from '../api/run-scheduler';

/** For those who manage the event: run the scheduler over the accepted requests, then publish. */
export function ScheduleManagement({ eventId, view }: { eventId: string; view: BrokerageView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useRunScheduler(eventId);
  const publish = usePublishSchedule(eventId);
  const failed = (error: unknown) => notify(localizeError(error, language, t('common.networkError')).message, 'red');
  const { scheduledAt, publishedAt } = view.settings;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('events.brokerage.manage')}</Title>
      <Text size="sm">
        {publishedAt ? t('events.brokerage.published', { date: formatDateTime(publishedAt, language) })
          : scheduledAt ? t('events.brokerage.draft', { date: formatDateTime(scheduledAt, language) }) : t('events.brokerage.neverScheduled')}
      </Text>
      <Text size="sm" mb="sm">{t('events.brokerage.meetingsTotal', { count: view.meetings.length })}</Text>
      <Group gap="sm">
        <Button loading={run.isPending} onClick={() => run.mutate(undefined, { onSuccess: (r) => notify(t('events.brokerage.ran', { met: r.met, unmet: r.unmet })), onError: failed })}>{t('events.brokerage.run')}</Button>
        <Button variant="default" disabled={!scheduledAt || !!publishedAt} loading={publish.isPending} onClick={() => publish.mutate(undefined, { onError: failed })}>{t('events.brokerage.publish')}</Button>
      </Group>
    </Card>
  );
}
