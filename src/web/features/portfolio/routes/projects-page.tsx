import { Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectHealthStates, projectStages, type ProjectHealth, type ProjectStage } from '../../../../shared/portfolio';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOverview, usePortfolios } from '../api/portfolio-api';
import { HealthBadge } from '../components/labels';
import { ProgramLinks } from '../components/program-links';
import { ProjectsTable } from '../components/projects-table';

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
      <ProgramLinks portfolioId={portfolioId} />
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
            <ProjectsTable items={data.items} />
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
