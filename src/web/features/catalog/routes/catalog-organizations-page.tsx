import { Anchor, Breadcrumbs, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { countryName } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCatalogOrganizations, type CatalogOrganizationsQuery } from '../api/list-catalog-organizations';
import { CatalogOrganizationFilters } from '../components/catalog-organization-filters';

const pageSize = 25;

/** The published organizations, filtered and paged by the server; the filters live in the address. */
export function CatalogOrganizationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'kind', 'country', 'ecosystemId', 'sort'] as const);
  const organizations = useCatalogOrganizations({ ...values, page, pageSize } as CatalogOrganizationsQuery);

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/catalog">
          {t('catalog.home')}
        </Anchor>
      </Breadcrumbs>
      <PageTitle>{t('catalog.organizations')}</PageTitle>
      <CatalogOrganizationFilters values={values} onChange={(filters) => update(filters)} />
      <QueryState query={organizations}>
        {(data) => (
          <>
            <ScrollTable label={t('catalog.organizations')} minWidth={560}>
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
                      <Anchor component={Link} to={`/catalog/organizations/${organization.id}`}>
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
