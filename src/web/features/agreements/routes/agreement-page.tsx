import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgreementDetails } from '../../../components/domain/agreement-details';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useAgreement } from '../api/get-agreement';

export function AgreementPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to="/agreements">
          {t('agreements.title')}
        </Anchor>
      </Breadcrumbs>
      <QueryState query={agreement}>
        {(data) => (
          <>
            <PageTitle>{localized(data.title)}</PageTitle>
            <AgreementDetails agreement={data} headingLevel={2} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
