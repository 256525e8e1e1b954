import { Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useImportRuns } from '../api/imports';
import { UploadForm } from '../components/upload-form';

/** Start an import, and see the recent ones. */
export function ImportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const runs = useImportRuns();
  return (
    <Stack gap="lg">
      <PageTitle>{t('imports.title')}</PageTitle>
      <UploadForm />
      {(runs.data?.items.length ?? 0) > 0 && (
        <div>
          <Title order={2} size="h4" mb="xs">{t('imports.recent')}</Title>
          <ScrollTable label={t('imports.recent')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.fileColumn')}</Table.Th>
                  <Table.Th>{t('imports.statusColumn')}</Table.Th>
                  <Table.Th>{t('imports.rows')}</Table.Th>
                  <Table.Th>{t('imports.started')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data!.items.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td><Anchor component={Link} to={`/imports/${run.id}`}>{run.fileName}</Anchor></Table.Td>
                    <Table.Td>{t(`imports.status.${run.status}`)}</Table.Td>
                    <Table.Td>{run.totalRows}</Table.Td>
                    <Table.Td>{formatDateTime(run.createdAt, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
          </ScrollTable>
        </div>
      )}
    </Stack>
  );
}
