import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgreementHealthBadge } from '../../../components/domain/agreement-health-badge';
import { AgreementStatusBadge } from '../../../components/domain/agreement-status-badge';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { withQuery } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useAgreements, type ListAgreementsQuery } from '../api/list-agreements';
import { AgreementFilters, filterKeys } from '../components/agreement-filters';
import { CalendarFeedButton } from '../components/calendar-feed-button';
import { CalendarFeedsButton } from '../components/calendar-feeds-button';

const pageSize = 25;

export function AgreementsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(filterKeys);
  const agreements = useAgreements({ ...values, page, pageSize } as ListAgreementsQuery);
  const me = useCurrentUser();
  const canCreate = !!me.data?.user?.roles.some((r) => r.role === 'admin' || r.role === 'coordinator');
  const { sort: _sort, ...filters } = values;

  return (
    <>
      <PageTitle
        actions={me.data?.user ? (
          <Group gap="sm">
            <CalendarFeedsButton />
            <CalendarFeedButton agreementId={null} />
            <Button component="a" href={withQuery('/api/agreements/export', { ...filters, format: 'xlsx' })} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('agreements.exportList')}
            </Button>
            {canCreate && (
              <Button component={Link} to="/agreements/from-text" variant="default" leftSection={<IconFileText size={16} aria-hidden />}>
                {t('pressRelease.open')}
              </Button>
            )}
            {canCreate && (
              <Button component={Link} to="/agreements/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('agreements.newAgreement')}
              </Button>
            )}
          </Group>
        ) : undefined}
      >
        {t('agreements.title')}
      </PageTitle>
      <AgreementFilters values={values} update={update} />
      <QueryState query={agreements}>
        {(data) => (
          <>
            <ScrollTable label={t('agreements.title')} minWidth={880}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t('agreements.titleColumn')} field="title" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t('agreements.signedOn')} field="signedOn" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t('agreement.parties')}</Table.Th>
                  <Table.Th>{t('agreement.status')}</Table.Th>
                  <Table.Th>{t('agreements.healthColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((agreement) => (
                  <Table.Tr key={agreement.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/agreements/${agreement.id}`}>{localized(agreement.title)}</Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`enums.agreementKind.${agreement.kind}`)}
                        {agreement.number && ` · ${t('agreement.number', { number: agreement.number })}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(agreement.signedOn, language) || t('common.none')}</Table.Td>
                    <Table.Td>{agreement.parties.map((party) => localized(party.organization.shortName) || localized(party.organization.name)).join('; ')}</Table.Td>
                    <Table.Td><AgreementStatusBadge status={agreement.status} /></Table.Td>
                    <Table.Td>
                      {agreement.health ? (
                        <Group gap={6} wrap="nowrap">
                          <AgreementHealthBadge state={agreement.health.state} />
                          {agreement.health.overdueCount > 0 && <Text size="xs">{t('agreements.health.overdue', { count: agreement.health.overdueCount })}</Text>}
                        </Group>
                      ) : t('common.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {data.items.length === 0 && <Text mt="md">{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
