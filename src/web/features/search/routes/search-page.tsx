import { Anchor, Grid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganizationHitList } from '../../../components/domain/organization-hit-list';
import { OrganizationSearchFacets } from '../../../components/domain/organization-search-facets';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { useSearchState } from '../../../lib/use-search-state';
import { useLocalized } from '../../../lib/use-language';
import { useSearch, type SearchParams } from '../api/search';

const pageSize = 20;

/** Full results: organizations with facets and highlighted snippets, then agreements. */
export function SearchPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'kind', 'country', 'ecosystemId', 'directionId', 'sizeBand'] as const);
  const [draft, setDraft] = useState(values.q ?? '');
  const { q = '', ...facets } = values;
  const results = useSearch({ q, ...facets, page, pageSize } as SearchParams);

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <form role="search" onSubmit={(event) => { event.preventDefault(); update({ q: draft.trim() || undefined }); }}>
        <TextInput value={draft} onChange={(event) => setDraft(event.currentTarget.value)} label={t('search.label')} placeholder={t('search.placeholder')} leftSection={<IconSearch size={16} aria-hidden />} mb="md" />
      </form>
      {!q && <Text c="dimmed">{t('search.hint')}</Text>}
      {q && (
        <QueryState query={results}>
          {(data) => (
            <Grid>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <OrganizationSearchFacets facets={data.organizations.facets} selected={facets} onSelect={(key, value) => update({ [key]: value })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                <Stack gap="sm">
                  <Title order={2} size="h4">{t('search.organizations', { count: data.organizations.total })}</Title>
                  <OrganizationHitList result={data.organizations} hrefOf={(id) => `/organizations/${id}`} />
                  <Pager page={page} pageSize={pageSize} total={data.organizations.total} onChange={setPage} />
                  {data.agreements.total > 0 && (
                    <>
                      <Title order={2} size="h4" mt="md">{t('search.agreements', { count: data.agreements.total })}</Title>
                      {data.agreements.items.map((agreement) => (
                        <Anchor key={agreement.id} component={Link} to={`/agreements/${agreement.id}`}>{localized(agreement.title)}</Anchor>
                      ))}
                    </>
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
