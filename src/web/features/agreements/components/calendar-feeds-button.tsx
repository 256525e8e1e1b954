import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCalendarFeeds, useRevokeCalendarFeed } from '../api/list-calendar-feeds';

/** The caller's calendar feeds (their URLs are not kept), each of which can be revoked. */
export function CalendarFeedsButton() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [opened, setOpened] = useState(false);
  const feeds = useCalendarFeeds(opened);
  const revoke = useRevokeCalendarFeed();
  return (
    <>
      <Button variant="subtle" onClick={() => setOpened(true)}>{t('agreements.calendar.myFeeds')}</Button>
      <AppModal opened={opened} onClose={() => setOpened(false)} title={t('agreements.calendar.myFeeds')}>
        <QueryState query={feeds}>
          {(data) => data.items.length === 0 ? <Text size="sm">{t('agreements.calendar.none')}</Text> : (
            <Stack gap="xs">
              {data.items.map((feed) => {
                const name = feed.agreement ? localized(feed.agreement.title) : t('agreements.calendar.personal');
                return (
                  <Paper key={feed.id} withBorder p="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <div>
                        <Text size="sm" fw={600}>{name}</Text>
                        <Text size="xs" c="dimmed">{formatDateTime(feed.createdAt, language)}</Text>
                      </div>
                      <Button size="xs" variant="outline" color="red.9" loading={revoke.isPending && revoke.variables === feed.id}
                        onClick={() => revoke.mutate(feed.id)} aria-label={t('agreements.calendar.revokeNamed', { name })}>
                        {t('agreements.calendar.revoke')}
                      </Button>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </QueryState>
        {revoke.isError && <ErrorAlert error={revoke.error} />}
      </AppModal>
    </>
  );
}
