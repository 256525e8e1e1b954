import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { passportFileUrl, registerFileUrl, useCreateControlPointFeed } from '../api/portfolio-outputs-api';

/** The passport's files: the workbook and the document, both in the reader's language. */
export function PassportDownloads({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" data-testid="passport-downloads">
      <Anchor href={passportFileUrl(projectId, 'docx')} size="sm" download>{t('portfolioOutputs.passportDocx')}</Anchor>
      <Anchor href={passportFileUrl(projectId, 'xlsx')} size="sm" download>{t('portfolioOutputs.passportXlsx')}</Anchor>
    </Group>
  );
}

/** The register of the projects the overview shows, under the same filters. */
export function RegisterDownload({ filters }: { filters: Parameters<typeof registerFileUrl>[0] }) {
  const { t } = useTranslation();
  return (
    <Button component="a" variant="default" href={registerFileUrl(filters)} download data-testid="register-download">
      {t('portfolioOutputs.registerXlsx')}
    </Button>
  );
}

/** Creates a private calendar feed of control points (of one project, or personal) and shows its URL once. */
export function ControlPointFeedButton({ projectId }: { projectId: string | null }) {
  const { t } = useTranslation();
  const create = useCreateControlPointFeed();
  const url = create.data?.url ? `${window.location.origin}${create.data.url}` : null;
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={() => create.mutate(projectId)} loading={create.isPending}>
        {projectId ? t('portfolioOutputs.projectFeed') : t('portfolioOutputs.personalFeed')}
      </Button>
      {create.isError && <ErrorAlert error={create.error} />}
      <AppModal opened={url !== null} onClose={() => create.reset()} title={t('portfolioOutputs.feedTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('portfolioOutputs.feedCreated')}</Text>
          <TextInput label={t('portfolioOutputs.feedUrl')} value={url ?? ''} readOnly onFocus={(event) => event.currentTarget.select()} />
          <Group justify="flex-end">
            <CopyButton value={url ?? ''}>{({ copied, copy }) => <Button onClick={copy} variant={copied ? 'filled' : 'light'}>{copied ? '✓' : t('common.copy')}</Button>}</CopyButton>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
