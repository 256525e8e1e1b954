import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { OrganizationForm } from '../components/organization-form';

export function NewOrganizationPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to="/organizations">
          {t('organizations.title')}
        </Anchor>
      </Breadcrumbs>
      <PageTitle>{t('organizationForm.newTitle')}</PageTitle>
      <OrganizationForm />
    </Stack>
  );
}
