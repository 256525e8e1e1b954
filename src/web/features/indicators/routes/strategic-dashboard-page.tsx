import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategicDashboardQuery } from '../../../../shared/contracts/indicators';
import { indicatorStatuses } from '../../../../shared/domain';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useSearchState } from '../../../lib/use-search-state';
import { useCurrentUser } from '../api/get-current-user';
import { strategicExportUrl, useStrategicDashboard } from '../api/get-strategic-dashboard';
import { useCampaigns } from '../api/list-campaigns';
import { useObligations } from '../api/list-obligations';
import { ActualsImportForm } from '../components/actuals-import-form';
import { AnalyticsSummary } from '../components/analytics-summary';
import { CampaignFormModal } from '../components/campaign-form-modal';
import { CampaignsList } from '../components/campaigns-list';
import { ContributionsChart } from '../components/contributions-chart';
import { ObligationsList } from '../components/obligations-list';
import { StatusBadge } from '../components/status-badge';
import { StrategicFilters } from '../components/strategic-filters';
import { TrajectoryChart } from '../components/trajectory-chart';
import { useIndicatorTexts } from '../components/use-indicator-texts';

/** The region's targets with trajectory, forecast, status and contributions; the programs as small multiples; reporting. */
export function StrategicDashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { format, percent } = useIndicatorTexts();
  const { values, update } = useSearchState(['directionId', 'ecosystemId'] as const);
  const query = values as StrategicDashboardQuery;
  const dashboard = useStrategicDashboard(query);
  const roles = useCurrentUser().data?.user?.roles.map((r) => r.role) ?? [];
  const center = roles.some((role) => role === 'admin' || role === 'coordinator');
  const campaigns = useCampaigns(center || roles.includes('analyst'));
  const obligations = useObligations();
  const [creatingCampaign, setCreatingCampaign] = useState(false);

  return (
    <Stack gap="lg">
      <PageTitle
        actions={(
          <Group gap="xs" className="no-print">
            <Button component="a" href={strategicExportUrl(query)} variant="outline" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>{t('indicators.exportXlsx')}</Button>
            <Button variant="outline" onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>{t('indicators.print')}</Button>
          </Group>
        )}
      >
        {t('indicators.strategicTitle')}
      </PageTitle>
      {(obligations.data?.items.length ?? 0) > 0 && (
        <Card withBorder component="section" aria-labelledby="obligations-heading" className="no-print">
          <Title order={2} size="h4" id="obligations-heading" mb="xs">{t('indicators.obligationsHeading')}</Title>
          <ObligationsList items={obligations.data!.items} />
        </Card>
      )}
      <StrategicFilters values={query} onChange={(next) => update(next)} />
      <QueryState query={dashboard}>
        {(data) => (
          <Stack gap="xl">
            <Group gap="xs" aria-label={t('indicators.statusCountsLabel')} role="group">
              <Text size="sm">{t('indicators.generatedAt', { time: formatDateTime(data.generatedAt, language) })}</Text>
              {indicatorStatuses.map((status) => <Text key={status} size="sm" fw={600}>{t(`indicators.status.${status}`)}: {data.statusCounts[status]}</Text>)}
            </Group>
            <Stack component="section" aria-labelledby="strategic-targets-heading" gap="md">
              <Title order={2} size="h3" id="strategic-targets-heading">{t('indicators.targetsHeading')}</Title>
              {data.targets.map((target) => (
                <Card key={target.id} withBorder className="print-block" data-testid="strategic-target">
                  <Stack gap="sm">
                    <Group justify="space-between" wrap="wrap">
                      <Title order={3} size="h4"><Anchor component={Link} to={`/indicators/${target.id}`}>{localized(target.name)}</Anchor></Title>
                      <Text size="sm" fw={600}>
                        {target.latestActual ? `${target.latestActual.year}: ${format(target.latestActual.value, target.unit)}` : ''}
                        {target.finalTarget ? ` → ${target.finalTarget.year}: ${format(target.finalTarget.value, target.unit)}` : ''}
                      </Text>
                    </Group>
                    <SimpleGrid cols={{ base: 1, lg: 2 }}>
                      <TrajectoryChart indicator={target} />
                      <AnalyticsSummary indicator={target} showRule={false} />
                    </SimpleGrid>
                    {target.contributions.length > 0 && (
                      <Stack gap={4}>
                        <Title order={4} size="h5">{t('indicators.contributionsHeading')}</Title>
                        <Text size="sm">
                          {t('indicators.contributionsSummary', {
                            year: target.contributionSummary.year ?? '—',
                            planned: format(target.contributionSummary.plannedTotal, target.unit),
                            target: target.contributionSummary.target === null ? '—' : format(target.contributionSummary.target, target.unit),
                            uncovered: target.contributionSummary.uncovered === null ? '—' : format(target.contributionSummary.uncovered, target.unit),
                            actualYear: target.contributionSummary.actualYear ?? '—',
                            actual: format(target.contributionSummary.actualTotal, target.unit),
                          })}
                        </Text>
                        <ContributionsChart indicator={target} />
                      </Stack>
                    )}
                  </Stack>
                </Card>
              ))}
              {data.targets[0] && (
                <Text size="xs" c="dimmed">
                  {t('indicators.statusRule', { tolerance: percent(data.targets[0].analytics.tolerancePercent) })} {t('indicators.methodNote')}
                </Text>
              )}
            </Stack>
            <Stack component="section" aria-labelledby="programs-heading" gap="md">
              <Title order={2} size="h3" id="programs-heading">{t('indicators.programsHeading')}</Title>
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }}>
                {data.programIndicators.map((indicator) => (
                  <Card key={indicator.id} withBorder padding="sm" className="print-block" data-testid="program-indicator">
                    <Stack gap={4}>
                      <Anchor component={Link} to={`/indicators/${indicator.id}`} fw={600} size="sm">{localized(indicator.name)}</Anchor>
                      <Text size="sm">
                        {indicator.latestActual ? `${indicator.latestActual.year}: ${format(indicator.latestActual.value, indicator.unit)}` : t('indicator.noData')}
                        {indicator.finalTarget ? ` → ${format(indicator.finalTarget.value, indicator.unit)}` : ''}
                      </Text>
                      {indicator.yearToDate && (
                        <Text size="sm" data-testid="year-to-date">{t('indicators.yearToDate', { year: indicator.yearToDate.year, value: format(indicator.yearToDate.value, indicator.unit) })}</Text>
                      )}
                      <div><StatusBadge analytics={indicator.analytics} /></div>
                      <TrajectoryChart indicator={indicator} height={140} compact />
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
              {data.programTotal > data.programIndicators.length && (
                <Text size="sm" className="no-print">
                  {t('indicators.moreProgramIndicators', { shown: data.programIndicators.length, total: data.programTotal })}{' '}
                  <Anchor component={Link} to="/indicators?level=program">{t('indicators.allProgramIndicators')}</Anchor>
                </Text>
              )}
            </Stack>
          </Stack>
        )}
      </QueryState>
      {campaigns.data && (
        <Card withBorder component="section" aria-labelledby="campaigns-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="campaigns-heading">{t('indicators.campaignsHeading')}</Title>
            {center && <Button variant="outline" size="xs" className="no-print" onClick={() => setCreatingCampaign(true)}>{t('indicators.newCampaign')}</Button>}
          </Group>
          <CampaignsList items={campaigns.data.items} linked={center} />
          {creatingCampaign && <CampaignFormModal onClose={() => setCreatingCampaign(false)} />}
        </Card>
      )}
      {center && (
        <Card withBorder component="section" aria-labelledby="import-heading" className="no-print">
          <Title order={2} size="h4" id="import-heading" mb="xs">{t('indicators.importHeading')}</Title>
          <ActualsImportForm />
        </Card>
      )}
    </Stack>
  );
}
