import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectHealth, ProjectStage } from '../../../../shared/portfolio';
import { projectHealthStates } from '../../../../shared/portfolio';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatRubles } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useSearchState } from '../../../lib/use-search-state';
import { useOverview } from '../api/portfolio-api';
import { HealthBadge } from '../components/labels';
import { OverviewFilters, overviewFilterKeys } from '../components/overview-filters';
import { ProjectCards, ProjectsTable } from '../components/overview-projects';
import { ControlPointFeedButton, RegisterDownload } from '../components/portfolio-outputs';
import { ProgramLinks } from '../components/program-links';
import { RollUpFigure } from '../components/roll-up-figure';

/** The portfolio overview: roll-ups over the filtered projects, then the projects as cards or a table. Filters live in the address. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values, page, update, setPage } = useSearchState([...overviewFilterKeys, 'view'] as const);
  const { view, ...filters } = values;
  const overview = useOverview({
    ...filters, stage: filters.stage as ProjectStage | undefined, health: filters.health as ProjectHealth | undefined, page, pageSize: 50,
  });
  return (
    <Stack gap="md">
      <PageTitle>{t('portfolio.title')}</PageTitle>
      <OverviewFilters values={filters} onChange={update} />
      <Group gap="sm">
        <RegisterDownload filters={{ ...filters, stage: filters.stage as ProjectStage | undefined, health: filters.health as ProjectHealth | undefined }} />
        <ControlPointFeedButton projectId={null} />
      </Group>
      <ProgramLinks portfolioId={filters.portfolioId ?? null} />
      <QueryState query={overview}>
        {(data) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="portfolio-rollup">
              <RollUpFigure label={t('portfolio.projects')} value={String(data.rollUp.projects)} />
              <RollUpFigure label={t('portfolio.budgetPlan')} value={formatRubles(data.rollUp.budgetPlanRub, language)} />
              <RollUpFigure label={t('portfolio.budgetActual')} value={formatRubles(data.rollUp.budgetActualRub, language)} />
              <RollUpFigure label={t('portfolio.overduePoints')} value={String(data.rollUp.overdueControlPoints)} />
              <RollUpFigure label={t('portfolio.awaitingReview')} value={String(data.rollUp.reportsAwaitingReview)} />
            </SimpleGrid>
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Group gap="xs" aria-label={t('portfolio.health')} role="group" data-testid="portfolio-health">
                {projectHealthStates.map((h) => (
                  <Group key={h} gap={4}>
                    <HealthBadge health={h} />
                    <Text size="sm" data-health={h}>{data.rollUp.byHealth[h] ?? 0}</Text>
                  </Group>
                ))}
              </Group>
              <SegmentedControl
                aria-label={t('portfolioOverview.view')}
                value={view === 'cards' ? 'cards' : 'table'}
                onChange={(next) => update({ view: next === 'cards' ? 'cards' : undefined })}
                data={[{ value: 'table', label: t('portfolioOverview.table') }, { value: 'cards', label: t('portfolioOverview.cards') }]}
              />
            </Group>
            {data.items.length === 0 ? <Text>{t('portfolio.noProjects')}</Text> : view === 'cards' ? <ProjectCards rows={data.items} /> : <ProjectsTable rows={data.items} />}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
