import { Anchor, Breadcrumbs, Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useInfrastructureObject } from '../api/get-infrastructure';
import { InvestorRequestForm } from '../components/investor-request-form';
import { ObjectFacts } from '../components/object-facts';
import { ObjectPhotos } from '../components/object-photos';

/** One object of the public offer, with the form to ask its park about it. */
export function CatalogInfrastructureObjectPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const object = useInfrastructureObject(id);
  const user = useCurrentUser().data?.user;

  return (
    <QueryState query={object}>
      {(data) => (
        <>
          <Breadcrumbs mb="xs">
            <Anchor component={Link} to="/catalog">{t('catalog.home')}</Anchor>
            <Anchor component={Link} to="/catalog/infrastructure">{t('infrastructure.title')}</Anchor>
          </Breadcrumbs>
          <PageTitle>{localized(data.name)}</PageTitle>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}><Stack gap="lg"><ObjectPhotos object={data} /><ObjectFacts object={data} /></Stack></Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <InvestorRequestForm ecosystemId={data.ecosystem.id} objectId={data.id} objectType={data.type} signedInName={user?.fullName} signedInEmail={user?.email} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}
