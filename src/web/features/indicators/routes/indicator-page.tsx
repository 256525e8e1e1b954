import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { periodKinds, type PeriodKind } from '../../../../shared/domain';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useIndicator } from '../api/get-indicator';
import { AnalyticsSummary } from '../components/analytics-summary';
import { ContributionsChart } from '../components/contributions-chart';
import { IndicatorFormModal } from '../components/indicator-form-modal';
import { IndicatorPassport } from '../components/indicator-passport';
import { ReportForm } from '../components/report-form';
import { TrajectoryChart } from '../components/trajectory-chart';
import { useIndicatorTexts } from '../components/use-indicator-texts';
import { ValuesTable } from '../components/values-table';

/** A period named in the address (from a reminder), for the report form to start from. */
function usePeriodFromAddress() {
  const [params] = useSearchParams();
  const kind = params.get('periodKind');
  const year = Number(params.get('year'));
  if (!year || !kind || !(periodKinds as readonly string[]).includes(kind)) return undefined;
  return { year, periodKind: kind as PeriodKind, periodIndex: Number(params.get('periodIndex') ?? 0) };
}

export function IndicatorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const { format } = useIndicatorTexts();
  const indicator = useIndicator(id);
  const initialPeriod = usePeriodFromAddress();
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={indicator}>
      {(data) => (
        <Stack gap="lg">
          <PageTitle actions={data.can.edit ? <Button variant="outline" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>{t('indicatorForm.edit')}</Button> : undefined}>
            {localized(data.name) || data.code}
          </PageTitle>
          {editing && <IndicatorFormModal existing={data} onClose={() => setEditing(false)} />}
          <Card withBorder>
            <Stack gap="sm">
              <Title order={2} size="h4">{t('indicators.details')}</Title>
              <IndicatorPassport indicator={data} />
            </Stack>
          </Card>
          {data.valuesHidden && <Alert color="gray">{t('indicators.hiddenValues')}</Alert>}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Card withBorder className="print-block">
              <TrajectoryChart indicator={data} height={300} />
            </Card>
            <Card withBorder>
              <AnalyticsSummary indicator={data} />
            </Card>
          </SimpleGrid>
          {data.targets.length > 0 && (
            <Stack gap="xs" component="section" aria-labelledby="targets-heading">
              <Title order={2} size="h4" id="targets-heading">{t('indicators.targetsTable')}</Title>
              <Table withTableBorder w="fit-content">
                <Table.Tbody>
                  <Table.Tr>{data.targets.map((target) => <Table.Th key={target.year} scope="col">{target.year}</Table.Th>)}</Table.Tr>
                  <Table.Tr>{data.targets.map((target) => <Table.Td key={target.year}>{format(target.value, data.unit)}</Table.Td>)}</Table.Tr>
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          {data.contributions.length > 0 && (
            <Stack gap="xs" component="section" aria-labelledby="contributions-heading">
              <Title order={2} size="h4" id="contributions-heading">{t('indicators.contributionsHeading')}</Title>
              <ContributionsChart indicator={data} />
            </Stack>
          )}
          {data.can.report && (
            <Card withBorder component="section" aria-labelledby="report-heading" className="no-print">
              <Stack gap="sm">
                <Title order={2} size="h4" id="report-heading">{t('indicators.reportHeading')}</Title>
                <ReportForm indicator={data} initial={initialPeriod} />
              </Stack>
            </Card>
          )}
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h4">{t('indicators.valuesHeading')}</Title>
              {!data.valuesHidden && data.values.length > 0 && (
                <Anchor href={`/api/indicators/${encodeURIComponent(data.id)}/actuals/export`} size="sm" className="no-print">{t('indicators.downloadValues')}</Anchor>
              )}
            </Group>
            {data.valuesHidden ? <Text>{t('indicators.noValues')}</Text> : <ValuesTable indicator={data} />}
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}
