import { Anchor, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agreementStatuses } from '../../../../shared/domain';
import { AgreementStatusBadge } from '../../../components/domain/agreement-status-badge';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { formatDate } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useAgreements, type ListAgreementsQuery } from '../api/list-agreements';

const pageSize = 25;

export function AgreementsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'status', 'sort'] as const);
  const agreements = useAgreements({ ...values, page, pageSize } as ListAgreementsQuery);
  const [search, setSearch] = useState(values.q ?? '');
  const applySearch = useDebouncedCallback((q: string) => update({ q }), 300);

  return (
    <>
      <PageTitle>{t('agreements.title')}</PageTitle>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <TextInput
          type="search"
          label={t('common.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('agreements.filterStatus')}
          placeholder={t('common.any')}
          clearable
          data={agreementStatuses.map((status) => ({ value: status, label: t(`enums.agreementStatus.${status}`) }))}
          value={values.status ?? null}
          onChange={(status) => update({ status: status ?? undefined })}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      <QueryState query={agreements}>
        {(data) => (
          <>
            <ScrollTable label={t('agreements.title')} minWidth={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreements.titleColumn')}</Table.Th>
                  <SortHeader label={t('agreements.signedOn')} field="signedOn" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t('agreement.parties')}</Table.Th>
                  <Table.Th>{t('agreement.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((agreement) => (
                  <Table.Tr key={agreement.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/agreements/${agreement.id}`}>
                        {localized(agreement.title)}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`enums.agreementKind.${agreement.kind}`)}
                        {agreement.number && ` · ${t('agreement.number', { number: agreement.number })}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(agreement.signedOn, language) || t('common.none')}</Table.Td>
                    <Table.Td>
                      {agreement.parties
                        .map((party) => localized(party.organization.shortName) || localized(party.organization.name))
                        .join('; ')}
                    </Table.Td>
                    <Table.Td>
                      <AgreementStatusBadge status={agreement.status} />
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
