import { Anchor, Breadcrumbs, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { languages } from '../../../../shared/languages';
import { DirectionBadges } from '../../../components/domain/direction-badges';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useCatalogOrganization } from '../api/get-catalog-organization';
import { useMembershipPeriod } from '../components/membership-period';
import { OrganizationPublicFacts } from '../components/organization-public-facts';
import { PublishedContacts } from '../components/published-contacts';

/** The public profile of a published organization: names in three languages, facts, directions, parks, contacts. */
export function CatalogOrganizationPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const membershipPeriod = useMembershipPeriod();
  const { id = '' } = useParams();
  const organization = useCatalogOrganization(id);

  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to="/catalog">
          {t('catalog.home')}
        </Anchor>
        <Anchor component={Link} to="/catalog/organizations">
          {t('catalog.organizations')}
        </Anchor>
      </Breadcrumbs>
      <QueryState query={organization}>
        {(data) => {
          const name = localized(data.name);
          // The name in the visitor's language (or the nearest one), then the forms in the other languages.
          const otherNames = [...new Set(languages.map((l) => data.name[l]).filter((n): n is string => Boolean(n) && n !== name))];
          const description = localized(data.description);
          return (
            <Stack gap="lg">
              <div>
                <PageTitle>{name}</PageTitle>
                {otherNames.length > 0 && (
                  <Text size="sm" c="dimmed" mt={-8} aria-label={t('organizations.otherNames')}>
                    {otherNames.join(' · ')}
                  </Text>
                )}
              </div>
              <OrganizationPublicFacts organization={data} />
              {description && (
                <Stack gap="xs" component="section" aria-labelledby="catalog-description-heading">
                  <Title order={2} size="h4" id="catalog-description-heading">
                    {t('organizations.description')}
                  </Title>
                  <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>
                </Stack>
              )}
              {data.directions.length > 0 && (
                <Stack gap="xs" component="section" aria-labelledby="catalog-directions-heading">
                  <Title order={2} size="h4" id="catalog-directions-heading">
                    {t('organizations.directions')}
                  </Title>
                  <DirectionBadges directions={data.directions} />
                </Stack>
              )}
              {data.memberships.length > 0 && (
                <Stack gap="xs" component="section" aria-labelledby="catalog-memberships-heading">
                  <Title order={2} size="h4" id="catalog-memberships-heading">
                    {t('organizations.memberships')}
                  </Title>
                  <List>
                    {data.memberships.map((membership) => (
                      <List.Item key={`${membership.ecosystemId}-${membership.dateFrom ?? ''}`}>
                        <Anchor component={Link} to={`/catalog/ecosystems/${membership.ecosystemId}`}>
                          {localized(membership.ecosystemName)}
                        </Anchor>
                        {` — ${membershipPeriod(membership)}`}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )}
              <PublishedContacts organizationId={data.id} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
