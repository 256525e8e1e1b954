import { Button, FileInput, Group, Select, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLocalized } from '../../../lib/use-language';
import { useImportEcosystems } from '../api/list-ecosystems';
import { uploadImport } from '../api/imports';

/** Step one: the file, and the ecosystem whose residents it lists (if any). */
export function UploadForm() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [file, setFile] = useState<File | null>(null);
  const [ecosystemId, setEcosystemId] = useState<string | null>(params.get('ecosystemId'));
  const ecosystems = useImportEcosystems();
  const upload = useMutation({
    mutationFn: () => uploadImport(file!, ecosystemId ?? undefined),
    onSuccess: (run) => void navigate(`/imports/${run.id}`),
  });
  return (
    <Stack gap="sm" maw={560}>
      <FileInput label={t('imports.file')} description={t('imports.fileHint')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={file} onChange={setFile} clearable />
      <Select
        label={t('imports.ecosystem')}
        description={t('imports.ecosystemHint')}
        data={(ecosystems.data?.items ?? []).map((e) => ({ value: e.id, label: localized(e.shortName) || localized(e.name) }))}
        value={ecosystemId}
        onChange={setEcosystemId}
        clearable
        searchable
      />
      {upload.error && <ErrorAlert error={upload.error} />}
      <Group>
        <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!file} loading={upload.isPending} onClick={() => upload.mutate()}>
          {t('imports.upload')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">{t('imports.limits')}</Text>
    </Stack>
  );
}
