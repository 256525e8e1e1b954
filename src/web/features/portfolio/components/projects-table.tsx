import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '../../../../shared/contracts/portfolio-monitoring';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { HealthBadge, StageBadge } from './labels';

/** One page of projects with stage, health, dates, curator, budget and control points: the overview's and a program's. */
export function ProjectsTable({ items, label }: { items: Overview['items']; label?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const data = { items };
  if (data.items.length === 0) return <Text>{t('portfolio.noProjects')}</Text>;
  return (
    <ScrollTable label={label ?? t('portfolio.projectsTable')} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolio.code')}</Table.Th>
          <Table.Th>{t('portfolio.name')}</Table.Th>
          <Table.Th>{t('portfolio.stage')}</Table.Th>
          <Table.Th>{t('portfolio.health')}</Table.Th>
          <Table.Th>{t('portfolio.dates')}</Table.Th>
          <Table.Th>{t('portfolio.curator')}</Table.Th>
          <Table.Th>{t('portfolio.budgetPlan')}</Table.Th>
          <Table.Th>{t('portfolio.controlPoints')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.items.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{p.code}</Table.Td>
            <Table.Td><Anchor component={Link} to={`/projects/${p.id}`}>{localized(p.shortName)}</Anchor></Table.Td>
            <Table.Td><StageBadge stage={p.stage} /></Table.Td>
            <Table.Td><HealthBadge health={p.health} /></Table.Td>
            <Table.Td>{formatDate(p.startsOn, language)} – {formatDate(p.endsOn, language)}</Table.Td>
            <Table.Td>{p.curatorName ?? '—'}</Table.Td>
            <Table.Td>{formatRubles(p.budgetPlanRub, language)}</Table.Td>
            <Table.Td>
              {p.controlPoints}
              {p.overdueControlPoints > 0 && <Text span c="red.9" ml="xs">{t('portfolio.overdue', { count: p.overdueControlPoints })}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
