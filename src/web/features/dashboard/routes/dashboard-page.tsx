import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgreementDetails } from '../../../components/domain/agreement-details';
import { IndicatorTargetCard } from '../../../components/domain/indicator-target-card';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useDashboard } from '../api/get-dashboard';
import { AgreementDeadlines } from '../components/agreement-deadlines';
import { DashboardCounts } from '../components/dashboard-counts';
import { TargetTrajectoryChart } from '../components/target-trajectory-chart';

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  return (
    <Stack gap="lg">
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <QueryState query={dashboard}>
        {(data) => (
          <Stack gap="xl">
            <DashboardCounts dashboard={data} />
            <Stack component="section" aria-labelledby="targets-heading">
              <Title order={2} size="h3" id="targets-heading">
                {t('dashboard.targets')}
              </Title>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {data.strategicTargets.map((indicator) => (
                  <Stack key={indicator.id} gap="xs">
                    <IndicatorTargetCard indicator={indicator} />
                    <TargetTrajectoryChart indicator={indicator} />
                  </Stack>
                ))}
              </SimpleGrid>
            </Stack>
            <AgreementDeadlines />
            <Stack component="section" aria-labelledby="agreements-heading">
              <Title order={2} size="h3" id="agreements-heading">
                {t('dashboard.agreements')}
              </Title>
              {data.agreements.length === 0 && <Text>{t('dashboard.noAgreements')}</Text>}
              {data.agreements.map((agreement) => (
                <AgreementDetails key={agreement.id} agreement={agreement} linkTitle />
              ))}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
