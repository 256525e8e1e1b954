import { Anchor, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingFactory2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IndicatorTargetCard } from '../../../components/domain/indicator-target-card';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { usePublishedAgreementCount } from '../api/count-published-agreements';
import { useCatalogEcosystems } from '../api/list-catalog-ecosystems';
import { useRegionalTargets } from '../api/list-regional-targets';
import { CatalogSearchForm } from '../components/catalog-search-form';
import { EcosystemCard } from '../components/ecosystem-card';

/** What the catalog is, a search box, the ecosystems, the region's targets and what was signed. */
export function CatalogHomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const ecosystems = useCatalogEcosystems();
  const targets = useRegionalTargets();
  const agreementCount = usePublishedAgreementCount();

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <PageTitle>{t('catalog.title')}</PageTitle>
        <Text maw={760}>{t('catalog.lead')}</Text>
        <Stack gap={4} maw={640}>
          <CatalogSearchForm />
          <Text size="sm" c="dimmed">
            {t('catalog.searchHint')}
          </Text>
        </Stack>
      </Stack>

      <Stack component="section" aria-labelledby="catalog-ecosystems-heading" gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h3" id="catalog-ecosystems-heading">
            {t('catalog.ecosystems')}
          </Title>
          <Anchor component={Link} to="/catalog/organizations">
            {t('catalog.allOrganizations')}
          </Anchor>
        </Group>
        <QueryState query={ecosystems}>
          {(data) => (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
              {data.items.map((ecosystem) => (
                <EcosystemCard key={ecosystem.id} ecosystem={ecosystem} />
              ))}
            </SimpleGrid>
          )}
        </QueryState>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} component="section" aria-labelledby="catalog-targets-heading">
          <Title order={2} size="h3" id="catalog-targets-heading" mb="sm">
            {t('catalog.targets')}
          </Title>
          <QueryState query={targets}>
            {(data) => (
              <Stack gap="sm">
                {data.items.map((indicator) => (
                  <IndicatorTargetCard key={indicator.id} indicator={indicator} />
                ))}
              </Stack>
            )}
          </QueryState>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Stack component="section" aria-labelledby="catalog-agreements-heading" gap="sm">
              <Title order={2} size="h3" id="catalog-agreements-heading">
                {t('catalog.agreements')}
              </Title>
              <Card withBorder radius="md" padding="md">
                <Text fw={700} fz={36} lh={1.1}>
                  {agreementCount.data === undefined ? '…' : formatNumber(agreementCount.data, language)}
                </Text>
                <Text size="sm">{t('catalog.agreementsNote')}</Text>
              </Card>
            </Stack>
            <Stack component="section" aria-labelledby="catalog-infrastructure-heading" gap="sm">
              <Title order={2} size="h3" id="catalog-infrastructure-heading">
                {t('catalog.infrastructure')}
              </Title>
              <Card withBorder radius="md" padding="md">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <IconBuildingFactory2 size={28} aria-hidden style={{ flexShrink: 0 }} />
                  <Stack gap={4}>
                    <Text size="sm">{t('infrastructure.catalogLead')}</Text>
                    <Anchor component={Link} to="/catalog/infrastructure" size="sm">{t('infrastructure.openCatalog')}</Anchor>
                  </Stack>
                </Group>
              </Card>
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
