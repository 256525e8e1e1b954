import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { AgreementForm } from '../components/agreement-form';

export function NewAgreementPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/agreements">{t('agreements.title')}</Anchor>
      </Breadcrumbs>
      <PageTitle>{t('agreements.form.title')}</PageTitle>
      <AgreementForm />
    </Stack>
  );
}
