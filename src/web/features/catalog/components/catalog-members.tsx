import { Anchor, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { countryName, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCatalogMembers } from '../api/list-catalog-members';
import { useMembershipPeriod } from './membership-period';

const pageSize = 25;

/** The ecosystem's published members, paged by the server, with a name search. */
export function CatalogMembers({ ecosystemId }: { ecosystemId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const membershipPeriod = useMembershipPeriod();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const members = useCatalogMembers(ecosystemId, { q: q || undefined, page, pageSize, sort: 'name' });

  return (
    <Stack gap="sm" component="section" aria-labelledby="catalog-members-heading">
      <Title order={2} size="h3" id="catalog-members-heading">
        {t('catalog.members')}
      </Title>
      <TextInput
        type="search"
        label={t('common.search')}
        placeholder={t('common.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        w={{ base: '100%', sm: 320 }}
      />
      <QueryState query={members}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed">
              {t('catalog.membersNote', { total: formatNumber(data.total, language) })}
            </Text>
            <ScrollTable label={t('ecosystems.membersTable')} minWidth={320}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('organizations.name')}</Table.Th>
                  <Table.Th>{t('organizations.country')}</Table.Th>
                  <Table.Th>{t('ecosystems.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/catalog/organizations/${member.organization.id}`}>
                        {localized(member.organization.name)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{countryName(member.organization.country, language)}</Table.Td>
                    <Table.Td>{membershipPeriod(member)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {data.items.length === 0 && <Text>{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
