import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { overviewRow } from '../../../../shared/contracts/portfolio-monitoring';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { HealthBadge, StageBadge } from './labels';

type Row = z.infer<typeof overviewRow>;

function PointsCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <>
      {row.controlPoints}
      {row.overdueControlPoints > 0 && <Text span c="red.9" ml="xs">{t('portfolio.overdue', { count: row.overdueControlPoints })}</Text>}
    </>
  );
}

export function ProjectsTable({ rows, label }: { rows: Row[]; label?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
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
        {rows.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{p.code}</Table.Td>
            <Table.Td><Anchor component={Link} to={`/projects/${p.id}`}>{localized(p.shortName)}</Anchor></Table.Td>
            <Table.Td><StageBadge stage={p.stage} /></Table.Td>
            <Table.Td><HealthBadge health={p.health} /></Table.Td>
            <Table.Td>{formatDate(p.startsOn, language)} – {formatDate(p.endsOn, language)}</Table.Td>
            <Table.Td>{p.curatorName ?? '—'}</Table.Td>
            <Table.Td>{formatRubles(p.budgetPlanRub, language)}</Table.Td>
            <Table.Td><PointsCell row={p} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The same projects as cards: name and badges first, then the figures a curator scans for. */
export function ProjectCards({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" aria-label={t('portfolio.projectsTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="project-cards">
      {rows.map((p) => (
        <Card component="li" key={p.id} withBorder padding="md">
          <Stack gap={6}>
            <Text size="sm" c="gray.8">{p.code}</Text>
            <Anchor component={Link} to={`/projects/${p.id}`} fw={600}>{localized(p.shortName)}</Anchor>
            <Group gap="xs"><StageBadge stage={p.stage} /><HealthBadge health={p.health} /></Group>
            <Text size="sm">{formatDate(p.startsOn, language)} – {formatDate(p.endsOn, language)}</Text>
            <Text size="sm">{t('portfolio.curator')}: {p.curatorName ?? '—'}</Text>
            <Text size="sm">{t('portfolioOverview.budget', { plan: formatRubles(p.budgetPlanRub, language), actual: formatRubles(p.budgetActualRub, language) })}</Text>
            <Text size="sm">{t('portfolio.controlPoints')}: <PointsCell row={p} /></Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
