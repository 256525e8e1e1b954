import { Button, FileInput, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../../../shared/contracts/agreements';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useUpdateObligation } from '../api/update-obligation';
import { uploadDocument } from '../api/upload-document';

type ReportObligationModalProps = { agreementId: string; obligation: Obligation | null; onClose: () => void };

/** Marks an obligation done with its evidence: a link, a note, or a document uploaded on the spot. */
export function ReportObligationModal({ agreementId, obligation, onClose }: ReportObligationModalProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useUpdateObligation(agreementId);
  const [doneOn, setDoneOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [evidenceNote, setEvidenceNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!obligation) return;
    setBusy(true);
    setError(null);
    try {
      const evidenceDocumentId = file ? (await uploadDocument(agreementId, file, { kind: 'other', title: file.name })).id : undefined;
      await update.mutateAsync({
        obligationId: obligation.id,
        input: { status: 'done', doneOn, evidenceUrl: evidenceUrl.trim() || null, evidenceNote: evidenceNote.trim() || null, ...(evidenceDocumentId ? { evidenceDocumentId } : {}) },
      });
      notify(t('agreements.roadmap.saved'));
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppModal opened={obligation !== null} onClose={onClose} title={t('agreements.roadmap.markDone')} size="lg">
      {obligation && (
        <form onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <Stack gap="sm">
            <Text size="sm" fw={600}>{localized(obligation.text)}</Text>
            <TextInput type="date" label={t('agreements.roadmap.doneOn')} value={doneOn} onChange={(event) => setDoneOn(event.currentTarget.value)} required />
            <Text size="sm" c="dimmed">{t('agreements.roadmap.evidenceHint')}</Text>
            <TextInput type="url" label={t('agreements.roadmap.evidenceUrl')} value={evidenceUrl} onChange={(event) => setEvidenceUrl(event.currentTarget.value)} placeholder="https://" />
            <Textarea label={t('agreements.roadmap.evidenceNote')} value={evidenceNote} onChange={(event) => setEvidenceNote(event.currentTarget.value)} autosize minRows={2} />
            <FileInput label={t('agreements.roadmap.evidenceDocument')} value={file} onChange={setFile} clearable accept=".pdf,.docx,.png,.jpg,.jpeg,.webp" />
            {error !== null && <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>{t('agreements.roadmap.markDone')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
