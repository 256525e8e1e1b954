import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectHealthStates, projectStages, type ProjectHealth, type ProjectStage } from '../../../../shared/portfolio';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOverview, usePortfolios } from '../api/portfolio-api';
import { ControlPointFeedButton, RegisterDownload } from '../components/portfolio-outputs';
import { HealthBadge, StageBadge } from '../components/labels';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="gray.8">{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Paper>
  );
}

/** The portfolio overview: roll-ups over the filtered projects, then the projects themselves. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [portfolioId, setPortfolioId] = useState<string | null>(null);
  const [stage, setStage] = useState<ProjectStage | null>(null);
  const [health, setHealth] = useState<ProjectHealth | null>(null);
  const [page, setPage] = useState(1);
  const portfolios = usePortfolios();
  const overview = useOverview({ portfolioId: portfolioId ?? undefined, stage: stage ?? undefined, health: health ?? undefined, page, pageSize: 50 });
  const reset = () => setPage(1);
  return (
    <Stack gap="md">
      <PageTitle>{t('portfolio.title')}</PageTitle>
      <Group component="section" aria-label={t('portfolio.filters')} gap="sm" align="end" wrap="wrap">
        <Select
          label={t('portfolio.portfolioFilter')}
          placeholder={t('portfolio.allPortfolios')}
          clearable
          value={portfolioId}
          onChange={(value) => { setPortfolioId(value); reset(); }}
          data={(portfolios.data?.portfolios ?? []).map((p) => ({ value: p.id, label: localized(p.name) }))}
        />
        <Select
          label={t('portfolio.stageFilter')}
          placeholder={t('portfolio.any')}
          clearable
          value={stage}
          onChange={(value) => { setStage(value as ProjectStage | null); reset(); }}
          data={projectStages.map((s) => ({ value: s, label: t(`portfolio.stages.${s}`) }))}
        />
        <Select
          label={t('portfolio.healthFilter')}
          placeholder={t('portfolio.any')}
          clearable
          value={health}
          onChange={(value) => { setHealth(value as ProjectHealth | null); reset(); }}
          data={projectHealthStates.map((h) => ({ value: h, label: t(`portfolio.healthStates.${h}`) }))}
        />
      </Group>
      <Group gap="sm">
        <RegisterDownload filters={{ portfolioId: portfolioId ?? undefined, stage: stage ?? undefined, health: health ?? undefined }} />
        <ControlPointFeedButton projectId={null} />
      </Group>
      <QueryState query={overview}>
        {(data) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="portfolio-rollup">
              <Figure label={t('portfolio.projects')} value={String(data.rollUp.projects)} />
              <Figure label={t('portfolio.budgetPlan')} value={formatRubles(data.rollUp.budgetPlanRub, language)} />
              <Figure label={t('portfolio.budgetActual')} value={formatRubles(data.rollUp.budgetActualRub, language)} />
              <Figure label={t('portfolio.overduePoints')} value={String(data.rollUp.overdueControlPoints)} />
              <Figure label={t('portfolio.awaitingReview')} value={String(data.rollUp.reportsAwaitingReview)} />
            </SimpleGrid>
            <Group gap="xs" aria-label={t('portfolio.health')} role="group" data-testid="portfolio-health">
              {projectHealthStates.map((h) => (
                <Group key={h} gap={4}>
                  <HealthBadge health={h} />
                  <Text size="sm" data-health={h}>{data.rollUp.byHealth[h] ?? 0}</Text>
                </Group>
              ))}
            </Group>
            {data.items.length === 0 ? <Text>{t('portfolio.noProjects')}</Text> : (
              <ScrollTable label={t('portfolio.projectsTable')} minWidth={820}>
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
            )}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
