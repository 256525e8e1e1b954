import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useAgreement } from '../api/get-agreement';
import { AgreementForm } from '../components/agreement-form';

export function EditAgreementPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  return (
    <Stack gap="md">
      <QueryState query={agreement}>
        {(data) => (
          <>
            <Breadcrumbs>
              <Anchor component={Link} to="/agreements">{t('agreements.title')}</Anchor>
              <Anchor component={Link} to={`/agreements/${data.id}`}>{localized(data.title)}</Anchor>
            </Breadcrumbs>
            <PageTitle>{t('agreements.form.edit')}</PageTitle>
            <AgreementForm agreement={data} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
