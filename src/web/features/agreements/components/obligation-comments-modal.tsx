import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../../../shared/contracts/agreements';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCommentObligation } from '../api/comment-obligation';

type Props = { agreementId: string; obligation: Obligation | null; canComment: boolean; onClose: () => void };

export function ObligationCommentsModal({ agreementId, obligation, canComment, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const comment = useCommentObligation(agreementId);
  const [text, setText] = useState('');
  return (
    <AppModal opened={obligation !== null} onClose={onClose} title={t('agreements.roadmap.comments', { count: obligation?.comments.length ?? 0 })}>
      {obligation && (
        <Stack gap="sm">
          <Text size="sm" fw={600}>{localized(obligation.text)}</Text>
          {obligation.comments.map((c) => (
            <Paper key={c.id} withBorder p="xs">
              <Text size="xs" c="dimmed">{c.author} · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, language)}</time></Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
            </Paper>
          ))}
          {canComment && (
            <form onSubmit={(event) => {
              event.preventDefault();
              comment.mutate({ obligationId: obligation.id, text }, { onSuccess: () => { setText(''); onClose(); } });
            }}>
              <Stack gap="xs">
                <Textarea label={t('agreements.roadmap.addComment')} value={text} onChange={(event) => setText(event.currentTarget.value)} required autosize minRows={2} />
                {comment.isError && <ErrorAlert error={comment.error} />}
                <Group justify="flex-end"><Button type="submit" loading={comment.isPending}>{t('agreements.roadmap.send')}</Button></Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
