import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProjectIndicators } from '../api/passport-edit-api';

/** Results with their type, deadline, values per year and the indicators they deliver to. */
export function ResultsTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const indicators = useProjectIndicators();
  const codeOf = (id: string) => indicators.data?.items.find((i) => i.id === id)?.code ?? '…';
  if (project.results.length === 0) return <Text>{t('portfolio.noItems')}</Text>;
  return (
    <ScrollTable label={t('portfolioForms.results.table')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolioForms.fields.name')}</Table.Th>
          <Table.Th>{t('portfolioForms.fields.kind')}</Table.Th>
          <Table.Th>{t('portfolioForms.fields.dueOn')}</Table.Th>
          <Table.Th>{t('portfolioForms.results.values')}</Table.Th>
          <Table.Th>{t('portfolioForms.results.influence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {project.results.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.key}. {localized(r.name)}{r.responsible ? <Text size="xs" c="gray.8">{r.responsible}</Text> : null}</Table.Td>
            <Table.Td>{t(`portfolioForms.resultKinds.${r.kind}`)}</Table.Td>
            <Table.Td>{formatDate(r.dueOn, language)}</Table.Td>
            <Table.Td>{Object.entries(r.valuesByYear).map(([year, value]) => `${year}: ${formatNumber(value, language)}`).join('; ') || '—'}</Table.Td>
            <Table.Td>{r.influence.map((i) => `${codeOf(i.indicatorId)}: ${i.percent}%`).join('; ') || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
