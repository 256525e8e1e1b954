import { Card, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventDetails } from '../../../../shared/contracts/events';
import { AddFollowUpForm } from './add-follow-up-form';
import { AgreementLinks } from './agreement-links';
import { FollowUpsTable } from './follow-ups-table';

/** What came of the event: the agreements signed there and the tasks that follow. */
export function OutcomesCard({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const empty = !event.canManage && event.agreements.length === 0 && event.followUps.length === 0;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('events.outcomes')}</Title>
      {empty ? <Text size="sm">{t('events.noOutcomes')}</Text> : (
        <Stack gap="sm">
          <AgreementLinks event={event} />
          <FollowUpsTable event={event} />
          {event.canManage && <><Divider /><AddFollowUpForm event={event} /></>}
        </Stack>
      )}
    </Card>
  );
}
