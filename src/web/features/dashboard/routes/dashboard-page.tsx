import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AgreementDetails } from '../../../components/domain/agreement-details';
import { IndicatorTargetCard } from '../../../components/domain/indicator-target-card';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useDashboard } from '../api/get-dashboard';
import { AgreementDeadlines } from '../components/agreement-deadlines';
import { DashboardCounts } from '../components/dashboard-counts';
import { MatchDigest } from '../components/match-digest';
import { PartneringFunnel, PartneringRenewals } from '../components/partnering-summaries';
import { ReportingReminders } from '../components/reporting-reminders';
import { useSignedInUser } from '../api/partnering-summaries';
import { TargetTrajectoryChart } from '../components/target-trajectory-chart';

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  const user = useSignedInUser().data?.user;
  return (
    <Stack gap="lg">
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <QueryState query={dashboard}>
        {(data) => (
          <Stack gap="xl">
            <DashboardCounts dashboard={data} />
            <ReportingReminders />
            <PartneringRenewals user={user} />
            <MatchDigest user={user} />
            <Stack component="section" aria-labelledby="targets-heading">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h3" id="targets-heading">
                  {t('dashboard.targets')}
                </Title>
                <Anchor component={Link} to="/indicators/strategic">{t('indicators.strategicLink')}</Anchor>
              </Group>
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
            <PartneringFunnel user={user} />
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
