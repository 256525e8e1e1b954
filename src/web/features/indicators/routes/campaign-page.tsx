import { Anchor, Badge, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCampaign } from '../api/get-campaign';
import { useIndicatorTexts } from '../components/use-indicator-texts';

/** Who owes which indicator in a campaign, and what came in. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { format, period, percent } = useIndicatorTexts();
  const campaign = useCampaign(id);
  return (
    <QueryState query={campaign}>
      {(data) => (
        <Stack gap="md">
          <PageTitle>{data.title}</PageTitle>
          <Text>{period(data.year, data.periodKind, data.periodIndex)} · {t('indicators.due', { date: formatDate(data.dueOn, language) })}</Text>
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
