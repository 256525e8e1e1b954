import { Anchor, Button, FileInput, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementDocumentKinds } from '../../../../shared/domain';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { documentsQueryKey, documentUrl, useDocuments } from '../api/list-documents';
import { uploadDocument, uploadDocumentVersion } from '../api/upload-document';

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The agreement's documents with every version, checksum and download; an upload form for those who may add. */
export function DocumentsSection({ agreementId, canUpload }: { agreementId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const documents = useDocuments(agreementId);
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<(typeof agreementDocumentKinds)[number]>('signed_text');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function uploadVersion(documentId: string, next: File | null) {
    if (!next) return;
    setError(null);
    try {
      await uploadDocumentVersion(agreementId, documentId, next);
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(agreementId) });
      notify(t('agreements.documents.uploaded'));
    } catch (caught) {
      setError(caught);
    }
  }

  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await uploadDocument(agreementId, file, { kind, ...(title.trim() ? { title: title.trim() } : {}) });
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(agreementId) });
      setFile(null);
      setTitle('');
      notify(t('agreements.documents.uploaded'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="documents-heading">
      <Title order={2} size="h4" id="documents-heading">{t('agreements.documents.title')}</Title>
      <QueryState query={documents}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('agreements.documents.empty')}</Text> : (
          <Stack gap="xs">
            {data.items.map((d) => (
              <Paper key={d.id} withBorder p="sm">
                <Text size="sm" fw={600}>{d.title} · {t(`agreements.documentKind.${d.kind}`)}</Text>
                <List size="sm" spacing={2}>
                  {d.versions.map((v) => (
                    <List.Item key={v.id}>
                      <Anchor href={documentUrl(agreementId, d.id, v.version)} aria-label={t('agreements.documents.download', { name: v.fileName, version: v.version })}>
                        {v.fileName}
                      </Anchor>
                      {' · '}{t('agreements.documents.version', { version: v.version })} · {sizeOf(v.sizeBytes)} · {formatDateTime(v.uploadedAt, language)}{v.uploadedBy ? ` · ${v.uploadedBy}` : ''}
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{t('agreements.documents.checksum', { sum: v.sha256 })}</Text>
                    </List.Item>
                  ))}
                </List>
                {canUpload && (
                  <FileInput mt="xs" size="xs" w={{ base: '100%', sm: 320 }} label={`${t('agreements.documents.newVersion')}: ${d.title}`} value={null}
                    onChange={(next) => void uploadVersion(d.id, next)} accept=".pdf,.docx,.png,.jpg,.jpeg,.webp" />
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {canUpload && (
        <form onSubmit={(event) => { event.preventDefault(); void upload(); }}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput label={t('agreements.documents.file')} value={file} onChange={setFile} required accept=".pdf,.docx,.png,.jpg,.jpeg,.webp" w={{ base: '100%', sm: 320 }} />
            <Select label={t('agreements.documents.kind')} data={agreementDocumentKinds.map((value) => ({ value, label: t(`agreements.documentKind.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as typeof kind)} allowDeselect={false} w={{ base: '100%', sm: 200 }} />
            <TextInput label={t('agreements.documents.documentTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} w={{ base: '100%', sm: 240 }} />
            <Button type="submit" loading={busy} disabled={!file}>{t('agreements.documents.upload')}</Button>
          </Group>
          {error !== null && <ErrorAlert error={error} />}
        </form>
      )}
    </Stack>
  );
}
