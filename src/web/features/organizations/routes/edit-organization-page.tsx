import { Alert, Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useOrganization } from '../api/get-organization';
import { OrganizationForm } from '../components/organization-form';
import { canEditOrganization } from '../utils/organization-permissions';

export function EditOrganizationPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const user = useCurrentUser().data?.user;

  return (
    <Stack gap="md" maw={960}>
      <QueryState query={organization}>
        {(data) => (
          <>
            {/* A long name wraps instead of pushing the page sideways on a phone. */}
            <Breadcrumbs styles={{ breadcrumb: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0, lineHeight: 1.4 } }}>
              <Anchor component={Link} to="/organizations">
                {t('organizations.title')}
              </Anchor>
              <Anchor component={Link} to={`/organizations/${data.id}`}>
                {localized(data.name)}
              </Anchor>
            </Breadcrumbs>
            <PageTitle>{t('organizationForm.editTitle')}</PageTitle>
            {canEditOrganization(user, data) ? (
              // Keyed by the record, so the form starts over from fresh values if another one is opened.
              <OrganizationForm key={data.id} organization={data} />
            ) : (
              <Alert color="red" role="alert">
                {t('organizationForm.forbidden')}
              </Alert>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
