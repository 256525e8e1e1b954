import { Anchor, Breadcrumbs, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { languages } from '../../../../shared/languages';
import { DirectionBadges } from '../../../components/domain/direction-badges';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useOrganization } from '../api/get-organization';
import { ContactsSection } from '../components/contacts-section';
import { OrganizationFacts } from '../components/organization-facts';
import { OrganizationHeaderActions } from '../components/organization-header-actions';
import { OrganizationHistory } from '../components/organization-history';
import { OrganizationLogo } from '../components/organization-logo';
import { useCurrentUser } from '../api/get-current-user';
import { canEditOrganization } from '../utils/organization-permissions';

export function OrganizationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const user = useCurrentUser().data?.user;

  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to="/organizations">
          {t('organizations.title')}
        </Anchor>
      </Breadcrumbs>
      <QueryState query={organization}>
        {(data) => {
          const name = localized(data.name);
          const otherNames = languages.filter((l) => l !== language && data.name[l] && data.name[l] !== name);
          const description = localized(data.description);
          return (
            <Stack gap="lg">
              <PageTitle actions={<OrganizationHeaderActions organization={data} />}>{name}</PageTitle>
              <OrganizationLogo organization={data} name={name} canEdit={canEditOrganization(user, data)} />
              {otherNames.length > 0 && (
                <Text size="sm" c="dimmed" aria-label={t('organizations.otherNames')}>
                  {otherNames.map((l) => data.name[l]).join(' · ')}
                </Text>
              )}
              <OrganizationFacts organization={data} />
              {description && (
                <Stack gap="xs" component="section">
                  <Title order={2} size="h4">
                    {t('organizations.description')}
                  </Title>
                  <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>
                </Stack>
              )}
              {data.directions.length > 0 && (
                <Stack gap="xs" component="section">
                  <Title order={2} size="h4">
                    {t('organizations.directions')}
                  </Title>
                  <DirectionBadges directions={data.directions} />
                </Stack>
              )}
              {data.memberships.length > 0 && (
                <Stack gap="xs" component="section">
                  <Title order={2} size="h4">
                    {t('organizations.memberships')}
                  </Title>
                  <List>
                    {data.memberships.map((membership) => (
                      <List.Item key={membership.ecosystemId}>
                        <Anchor component={Link} to={`/ecosystems/${membership.ecosystemId}`}>
                          {localized(membership.ecosystemName)}
                        </Anchor>
                        {` — ${t(`enums.membershipStatus.${membership.status}`)}`}
                        {membership.dateFrom && `, ${t('organizations.membershipSince', { date: formatDate(membership.dateFrom, language) })}`}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )}
              <ContactsSection organizationId={data.id} />
              {/* The history is readable by those who read the private figures: the server grants both together. */}
              {data.privateFigures && <OrganizationHistory organizationId={data.id} />}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
