import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCampaign } from '../api/get-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { useIndicatorTexts } from '../components/use-indicator-texts';

/** Who owes which indicator in a campaign, and what came in. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { format, period, percent } = useIndicatorTexts();
  const campaign = useCampaign(id);
  const update = useUpdateCampaign(id);
  return (
    <QueryState query={campaign}>
      {(data) => (
        <Stack gap="md">
          <PageTitle
            actions={(
              <Button
                variant="outline"
                loading={update.isPending}
                onClick={() => {
                  const status = data.status === 'open' ? 'closed' : 'open';
                  update.mutate({ status }, { onSuccess: () => notify(t(status === 'closed' ? 'indicators.campaignClosedNotice' : 'indicators.campaignReopenedNotice')) });
                }}
              >
                {t(data.status === 'open' ? 'indicators.closeCampaign' : 'indicators.reopenCampaign')}
              </Button>
            )}
          >
            {data.title}
          </PageTitle>
          {update.error && <ErrorAlert error={update.error} />}
          <Group gap="xs">
            <Badge variant="outline" color={data.status === 'open' ? 'teal.9' : 'gray.8'} tt="none">{t(`indicators.campaignStatus.${data.status}`)}</Badge>
            <Text>{period(data.year, data.periodKind, data.periodIndex)} · {t('indicators.due', { date: formatDate(data.dueOn, language) })}</Text>
          </Group>
          <Text>{t('indicators.completion', { reported: data.reported, owed: data.owed, percent: percent(data.completionPercent), confirmed: data.confirmed })}</Text>
          <Progress value={data.completionPercent} aria-label={data.title} />
          <ScrollTable label={t('indicators.obligationsTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indicators.organization')}</Table.Th>
                <Table.Th>{t('indicators.indicatorColumn')}</Table.Th>
                <Table.Th>{t('indicators.value')}</Table.Th>
                <Table.Th>{t('indicators.statusColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.obligations.map((o) => (
                <Table.Tr key={`${o.organization.id}/${o.indicator.id}`}>
                  <Table.Td><Anchor component={Link} to={`/organizations/${o.organization.id}`}>{localized(o.organization.name)}</Anchor></Table.Td>
                  <Table.Td><Anchor component={Link} to={`/indicators/${o.indicator.id}`}>{localized(o.indicator.name)}</Anchor></Table.Td>
                  <Table.Td>{o.actual ? format(o.actual.value, o.indicator.unit) : '—'}</Table.Td>
                  <Table.Td>
                    {o.actual ? t(`indicators.actualStatus.${o.actual.status}`) : t('indicators.noReport')}
                    {o.overdue && <Badge ml="xs" color="red.9" variant="outline" tt="none">{t('indicators.overdue')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </Stack>
      )}
    </QueryState>
  );
}
