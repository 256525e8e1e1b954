import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { useSearchState } from '../../../lib/use-search-state';
import { useInfrastructureList, type InfrastructureQuery } from '../api/list-infrastructure';
import { filterKeys, InfrastructureFilters } from '../components/infrastructure-filters';
import { InfrastructureMap } from '../components/infrastructure-map';
import { InfrastructureTable } from '../components/infrastructure-table';

const pageSize = 100;
const linkTo = (id: string) => `/catalog/infrastructure/${id}`;

/** The parks' public offer: filters in the address, the objects on a map and in a list. */
export function CatalogInfrastructurePage() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(filterKeys);
  const { status: _status, ...filters } = values;
  const objects = useInfrastructureList({ ...filters, page, pageSize } as InfrastructureQuery);

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/catalog">{t('catalog.home')}</Anchor>
      </Breadcrumbs>
      <PageTitle>{t('infrastructure.title')}</PageTitle>
      <Text mb="md">{t('infrastructure.catalogLead')}</Text>
      <InfrastructureFilters values={filters} onChange={(changes) => update(changes)} />
      <QueryState query={objects}>
        {(data) => (
          <Stack gap="md">
            <Text role="status" fw={500}>{t('infrastructure.found', { total: data.total })}</Text>
            {data.items.length > 0 && (
              <section aria-labelledby="infrastructure-map-heading">
                <Title order={2} size="h4" id="infrastructure-map-heading" mb="xs">{t('infrastructure.map')}</Title>
                <InfrastructureMap objects={data.items} linkTo={linkTo} />
              </section>
            )}
            {/* The table is its own labelled region already; the heading only introduces it. */}
            <div>
              <Title order={2} size="h4" mb="xs">{t('infrastructure.list')}</Title>
              <InfrastructureTable objects={data.items} linkTo={linkTo} />
              {data.items.length === 0 && <Text mt="md">{t('common.empty')}</Text>}
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </div>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
