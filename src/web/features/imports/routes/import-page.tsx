import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ColumnMapping, ImportRun } from '../../../../shared/contracts/imports';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { checkImport, commitImport, useImportRun } from '../api/imports';
import { ImportReportView } from '../components/import-report-view';
import { MappingTable } from '../components/mapping-table';

/** One import from mapping to the end: check (a dry run that writes nothing), then commit as a job. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const run = useImportRun(id);
  return (
    <>
      <PageTitle>{t('imports.title')}</PageTitle>
      <QueryState query={run}>{(data) => <ImportSteps run={data} />}</QueryState>
    </>
  );
}

function ImportSteps({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mapping, setMapping] = useState<ColumnMapping>(run.mapping);
  useEffect(() => setMapping(run.mapping), [run.id, run.mapping]);
  const refresh = (next: ImportRun) => queryClient.setQueryData(['imports', run.id], next);
  const check = useMutation({ mutationFn: () => checkImport(run.id, mapping), onSuccess: refresh });
  const commit = useMutation({ mutationFn: () => commitImport(run.id), onSuccess: refresh });
  const working = run.status === 'queued' || run.status === 'running';
  const finished = run.status === 'done' || run.status === 'failed';
  const percent = run.totalRows ? Math.round((run.doneRows / run.totalRows) * 100) : 0;

  return (
    <Stack gap="lg">
      <Text>{t('imports.fileSummary', { name: run.fileName, rows: run.totalRows })}</Text>
      {!working && !finished && (
        <section aria-labelledby="mapping-title">
          <Title order={2} size="h4" id="mapping-title" mb="xs">{t('imports.mappingTitle')}</Title>
          <MappingTable columns={run.columns} mapping={mapping} onChange={setMapping} />
          <Group mt="sm">
            <Button onClick={() => check.mutate()} loading={check.isPending}>{t('imports.check')}</Button>
          </Group>
          {check.error && <ErrorAlert error={check.error} />}
        </section>
      )}
      {run.report && (
        <section aria-labelledby="report-title">
          <Title order={2} size="h4" id="report-title" mb="xs">{t('imports.reportTitle')}</Title>
          <ImportReportView report={run.report} />
        </section>
      )}
      {run.status === 'checked' && run.report && run.report.errors.length === 0 && (
        <Group>
          <Button color="green.9" onClick={() => commit.mutate()} loading={commit.isPending}>{t('imports.commit')}</Button>
          <Text size="sm">{t('imports.commitHint')}</Text>
        </Group>
      )}
      {commit.error && <ErrorAlert error={commit.error} />}
      {(working || finished) && (
        <Stack gap={4}>
          <Text id="progress-label">{t(`imports.status.${run.status}`)}</Text>
          <Progress value={run.status === 'done' ? 100 : percent} aria-labelledby="progress-label" size="lg" animated={working} />
          <Text size="sm">{t('imports.progress', { done: run.status === 'done' ? run.totalRows : run.doneRows, total: run.totalRows })}</Text>
        </Stack>
      )}
      {run.status === 'failed' && <Alert color="red.9" variant="outline">{t('imports.failed', { code: run.error ?? '' })}</Alert>}
    </Stack>
  );
}
