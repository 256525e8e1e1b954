import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { projectHealthStates, projectStages } from '../../../../shared/portfolio';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOverview, usePortfolios } from '../api/portfolio-api';
import { HealthBadge, StageBadge } from '../components/labels';
import { ProjectsTable } from '../components/overview-projects';
import { RollUpFigure } from '../components/roll-up-figure';

/**
 * A program: its projects and their roll-ups (by stage and health, budget plan and actual, overdue
 * control points, reports awaiting review). The overview answers for one program when asked, so
 * the figures here are the same the overview shows, under the same read rules.
 */
export function ProgramPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [page, setPage] = useState(1);
  const portfolios = usePortfolios();
  const overview = useOverview({ programId: id, page, pageSize: 50 });
  return (
    <QueryState query={portfolios}>
      {(list) => {
        const program = list.programs.find((p) => p.id === id);
        if (!program) return <Text role="alert">{t('portfolioForms.program.notFound')}</Text>;
        const portfolio = list.portfolios.find((p) => p.id === program.portfolioId);
        return (
          <Stack gap="md">
            <PageTitle>{`${program.code} · ${localized(program.name)}`}</PageTitle>
            <Anchor component={Link} to="/projects" size="sm">{t('portfolioForms.program.portfolio', { name: portfolio ? localized(portfolio.name) : '—' })}</Anchor>
            <QueryState query={overview}>
              {(data) => (
                <Stack gap="md">
                  <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="program-rollup">
                    <RollUpFigure label={t('portfolio.projects')} value={String(data.rollUp.projects)} />
                    <RollUpFigure label={t('portfolio.budgetPlan')} value={formatRubles(data.rollUp.budgetPlanRub, language)} />
                    <RollUpFigure label={t('portfolio.budgetActual')} value={formatRubles(data.rollUp.budgetActualRub, language)} />
                    <RollUpFigure label={t('portfolio.overduePoints')} value={String(data.rollUp.overdueControlPoints)} />
                    <RollUpFigure label={t('portfolio.awaitingReview')} value={String(data.rollUp.reportsAwaitingReview)} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Paper withBorder p="sm" component="section" aria-label={t('portfolioForms.program.byStage')}>
                      <Title order={2} size="h5" mb="xs">{t('portfolioForms.program.byStage')}</Title>
                      <Group gap="sm" wrap="wrap">
                        {projectStages.map((s) => (
                          <Group key={s} gap={4}><StageBadge stage={s} /><Text size="sm" data-stage={s}>{data.rollUp.byStage[s] ?? 0}</Text></Group>
                        ))}
                      </Group>
                    </Paper>
                    <Paper withBorder p="sm" component="section" aria-label={t('portfolioForms.program.byHealth')}>
                      <Title order={2} size="h5" mb="xs">{t('portfolioForms.program.byHealth')}</Title>
                      <Group gap="sm" wrap="wrap">
                        {projectHealthStates.map((h) => (
                          <Group key={h} gap={4}><HealthBadge health={h} /><Text size="sm" data-health={h}>{data.rollUp.byHealth[h] ?? 0}</Text></Group>
                        ))}
                      </Group>
                    </Paper>
                  </SimpleGrid>
                  <Title order={2} size="h4">{t('portfolioForms.program.projects')}</Title>
                  {data.items.length === 0 ? <Text>{t('portfolio.noProjects')}</Text> : <ProjectsTable rows={data.items} label={t('portfolioForms.program.projects')} />}
                  <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
                </Stack>
              )}
            </QueryState>
          </Stack>
        );
      }}
    </QueryState>
  );
}
