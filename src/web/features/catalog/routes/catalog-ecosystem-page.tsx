import { Anchor, Breadcrumbs, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { countryName, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCatalogEcosystem } from '../api/get-catalog-ecosystem';
import { CatalogMembers } from '../components/catalog-members';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="md" padding="xs">
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fw={700} fz={{ base: 22, sm: 28 }} lh={1.2}>
        {value}
      </Text>
    </Card>
  );
}

/** A park or cluster for the public: what it is, how many members it has, and its published members. */
export function CatalogEcosystemPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const ecosystem = useCatalogEcosystem(id);

  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/catalog">
          {t('catalog.home')}
        </Anchor>
        <Text span>{t('catalog.ecosystems')}</Text>
      </Breadcrumbs>
      <QueryState query={ecosystem}>
        {(data) => {
          const title = localized(data.shortName) || localized(data.name);
          const fullName = localized(data.name);
          const city = localized(data.city);
          const description = localized(data.description);
          return (
            <Stack gap="lg">
              <div>
                <PageTitle>{title}</PageTitle>
                {fullName !== title && (
                  <Text size="sm" c="dimmed" mt={-8}>
                    {fullName}
                  </Text>
                )}
              </div>
              <Group gap="md" wrap="wrap">
                <Text>{t(`enums.organizationKind.${data.kind}`)}</Text>
                <Text c="dimmed">
                  {countryName(data.country, language)}
                  {city ? `, ${city}` : ''}
                </Text>
                {data.website && (
                  <Anchor href={data.website} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
                    {data.website.replace(/^https?:\/\//, '')}
                  </Anchor>
                )}
              </Group>
              {description && <Text style={{ whiteSpace: 'pre-line' }} maw={820}>{description}</Text>}
              <Stack component="section" aria-labelledby="catalog-figures-heading" gap="sm">
                <Title order={2} size="h3" id="catalog-figures-heading">
                  {t('ecosystems.members')}
                </Title>
                <SimpleGrid cols={3} spacing="xs" maw={720}>
                  <Figure label={t('ecosystems.statResidents')} value={formatNumber(data.stats.byStatus.resident, language)} />
                  <Figure label={t('catalog.applicants')} value={formatNumber(data.stats.byStatus.applicant, language)} />
                  <Figure label={t('catalog.former')} value={formatNumber(data.stats.byStatus.former, language)} />
                </SimpleGrid>
              </Stack>
              <CatalogMembers ecosystemId={data.id} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
