import { Alert, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/contracts/imports';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** Step three: what the import would do, and every row it cannot take with the reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figures: [string, number][] = [
    [t('imports.rows'), report.rows],
    [t('imports.creates'), report.creates],
    [t('imports.updates'), report.updates],
    [t('imports.memberships'), report.memberships],
    [t('imports.errors'), report.errors.length],
  ];
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {figures.map(([label, value]) => (
          <Paper key={label} withBorder p="sm" miw={120}>
            <Text size="sm">{label}</Text>
            <Text fw={700} size="xl">{formatNumber(value, language)}</Text>
          </Paper>
        ))}
      </Group>
      {report.errors.length === 0 ? (
        <Alert color="green.9" variant="outline">{t('imports.noErrors')}</Alert>
      ) : (
        <ScrollTable label={t('imports.errorsTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.row')}</Table.Th>
                <Table.Th>{t('imports.column')}</Table.Th>
                <Table.Th>{t('imports.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((error, index) => (
                <Table.Tr key={`${error.row}-${index}`}>
                  <Table.Td>{error.row}</Table.Td>
                  <Table.Td>{error.column ?? '—'}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
        </ScrollTable>
      )}
      {report.truncated && <Text size="sm">{t('imports.truncated')}</Text>}
    </Stack>
  );
}
