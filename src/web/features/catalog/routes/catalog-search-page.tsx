import { Anchor, Box, Breadcrumbs, Button, Grid, List, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganizationHitList } from '../../../components/domain/organization-hit-list';
import { OrganizationSearchFacets } from '../../../components/domain/organization-search-facets';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useSearchState } from '../../../lib/use-search-state';
import { useCatalogSearch, type CatalogSearchParams } from '../api/search-catalog';
import { CatalogSearchForm } from '../components/catalog-search-form';

const pageSize = 20;

/** Results across the three languages: published organizations with facets and highlighted snippets, then agreements. */
export function CatalogSearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'kind', 'country', 'ecosystemId', 'directionId', 'sizeBand'] as const);
  const { q = '', ...facets } = values;
  const results = useCatalogSearch({ q, ...facets, page, pageSize } as CatalogSearchParams);
  const theme = useMantineTheme();
  // On a phone the facets would push the results a screen down: they fold behind a button there.
  const narrow = useMediaQuery(`(max-width: ${theme.breakpoints.md})`) ?? false;
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const activeFilters = Object.values(facets).filter(Boolean).length;

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/catalog">
          {t('catalog.home')}
        </Anchor>
      </Breadcrumbs>
      <PageTitle>{t('catalog.searchTitle')}</PageTitle>
      <Stack gap={4} mb="lg" maw={640}>
        {/* Keyed by the query, so that the box shows a query that came from the header or the address. */}
        <CatalogSearchForm key={q} initialValue={q} onSearch={(text) => update({ q: text })} />
        {!q && (
          <Text size="sm" c="dimmed">
            {t('catalog.searchHint')}
          </Text>
        )}
      </Stack>
      {q && (
        <QueryState query={results}>
          {(data) => (
            <Grid>
              <Grid.Col span={{ base: 12, md: 3 }}>
                {narrow && (
                  <Button variant="default" leftSection={<IconFilter size={16} aria-hidden />} onClick={toggleFilters} aria-expanded={filtersOpen} aria-controls="catalog-facets" fullWidth>
                    {t('catalog.filters')}
                    {activeFilters > 0 && ` (${activeFilters})`}
                  </Button>
                )}
                <Box id="catalog-facets" hidden={narrow && !filtersOpen} mt={narrow ? 'sm' : 0}>
                  <OrganizationSearchFacets facets={data.organizations.facets} selected={facets} onSelect={(key, value) => update({ [key]: value })} />
                </Box>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('catalog.found', { total: formatNumber(data.organizations.total, language) })}
                  </Title>
                  <OrganizationHitList result={data.organizations} hrefOf={(id) => `/catalog/organizations/${id}`} />
                  <Pager page={page} pageSize={pageSize} total={data.organizations.total} onChange={setPage} />
                  {data.agreements.total > 0 && (
                    <Stack gap="xs" component="section" aria-labelledby="catalog-found-agreements" mt="md">
                      <Title order={2} size="h4" id="catalog-found-agreements">
                        {t('catalog.agreementsFound', { total: formatNumber(data.agreements.total, language) })}
                      </Title>
                      <List>
                        {data.agreements.items.map((agreement) => (
                          <List.Item key={agreement.id}>
                            {localized(agreement.title)}
                            {agreement.signedOn && <Text span c="dimmed" size="sm">{` · ${formatDate(agreement.signedOn, language)}`}</Text>}
                          </List.Item>
                        ))}
                      </List>
                    </Stack>
                  )}
                </Stack>
              </Grid.Col>
            </Grid>
          )}
        </QueryState>
      )}
    </>
  );
}
