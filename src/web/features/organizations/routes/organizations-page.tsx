import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { countryName } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useOrganizations, type ListOrganizationsQuery } from '../api/list-organizations';
import { OrganizationFilters } from '../components/organization-filters';
import { canCreateOrganization } from '../utils/organization-permissions';

const pageSize = 25;

export function OrganizationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'kind', 'country', 'ecosystemId', 'directionId', 'sort'] as const);
  const organizations = useOrganizations({ ...values, page, pageSize } as ListOrganizationsQuery);
  const user = useCurrentUser().data?.user;
  const newButton = canCreateOrganization(user) && (
    <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('organizationForm.newButton')}
    </Button>
  );

  return (
    <>
      <PageTitle actions={newButton}>{t('organizations.title')}</PageTitle>
      <OrganizationFilters values={values} onChange={(filters) => update(filters)} />
      <QueryState query={organizations}>
        {(data) => (
          <>
            <ScrollTable label={t('organizations.title')}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t('organizations.name')} field="name" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t('organizations.kind')} field="kind" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t('organizations.country')} field="country" sort={values.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t('organizations.city')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((organization) => (
                  <Table.Tr key={organization.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/organizations/${organization.id}`}>
                        {localized(organization.name)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`enums.organizationKind.${organization.kind}`)}</Table.Td>
                    <Table.Td>{countryName(organization.country, language)}</Table.Td>
                    <Table.Td>{localized(organization.city) || t('common.none')}</Table.Td>
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
