import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActualsImportReport } from '../../../../shared/contracts/indicators';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useImportActuals } from '../api/import-actuals';

/** Figures from a spreadsheet: check first, then load all rows or none. */
export function ActualsImportForm() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ActualsImportReport | null>(null);
  const load = useImportActuals();
  const run = (dryRun: boolean) => file && load.mutate({ file, dryRun }, { onSuccess: setReport });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('indicators.importHint')}</Text>
      <Group align="flex-end" wrap="wrap">
        <FileInput label={t('indicators.importFile')} accept=".xlsx,.csv" value={file} onChange={(f) => { setFile(f); setReport(null); }} w={{ base: '100%', sm: 320 }} clearable />
        <Button variant="outline" onClick={() => run(true)} disabled={!file} loading={load.isPending && load.variables?.dryRun === true}>{t('indicators.importCheck')}</Button>
        <Button onClick={() => run(false)} disabled={!file || !report || report.errors.length > 0} loading={load.isPending && load.variables?.dryRun === false}>{t('indicators.importApply')}</Button>
      </Group>
      {load.error && <ErrorAlert error={load.error} />}
      {report && (
        <Stack gap={4} role="status">
          <Text size="sm">{t('indicators.importResult', report)}</Text>
          <List size="sm">
            {report.errors.map((error) => (
              <List.Item key={`${error.row}/${error.column}/${error.code}`}>
                <Text span size="sm" c="red.9">{t('indicators.importRowError', { row: error.row, column: error.column ? ` (${error.column})` : '', message: error.message })}</Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
