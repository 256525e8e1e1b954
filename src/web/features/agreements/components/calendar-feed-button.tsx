import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';

/** Creates a private calendar feed (of one agreement, or personal) and shows its URL once. */
export function CalendarFeedButton({ agreementId }: { agreementId: string | null }) {
  const { t } = useTranslation();
  const create = useCreateCalendarFeed();
  const url = create.data?.url ? `${window.location.origin}${create.data.url}` : null;
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={() => create.mutate(agreementId)} loading={create.isPending}>
        {agreementId ? t('agreements.calendar.agreementFeed') : t('agreements.calendar.personalFeed')}
      </Button>
      {create.isError && <ErrorAlert error={create.error} />}
      <AppModal opened={url !== null} onClose={() => create.reset()} title={t('agreements.calendar.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('agreements.calendar.created')}</Text>
          <TextInput label={t('agreements.calendar.feedUrl')} value={url ?? ''} readOnly onFocus={(event) => event.currentTarget.select()} />
          <Group justify="flex-end">
            <CopyButton value={url ?? ''}>{({ copied, copy }) => <Button onClick={copy} variant={copied ? 'filled' : 'light'}>{copied ? '✓' : t('common.copy')}</Button>}</CopyButton>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
