import { Anchor, Breadcrumbs, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppModal } from '../../../components/ui/app-modal';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useInfrastructureObject } from '../api/get-infrastructure';
import { ObjectFacts } from '../components/object-facts';
import { ObjectPhotos } from '../components/object-photos';
import { ObjectForm } from '../components/object-form';

/** An object as its park manages it: the same particulars as the catalog, and the edit form. */
export function InfrastructureObjectPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const object = useInfrastructureObject(id);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={object}>
      {(data) => (
        <>
          <Breadcrumbs mb="xs">
            <Anchor component={Link} to="/infrastructure">{t('infrastructure.manage')}</Anchor>
          </Breadcrumbs>
          <PageTitle actions={(
            <Group gap="xs">
              {data.status !== 'occupied' && <Button variant="subtle" component={Link} to={`/catalog/infrastructure/${data.id}`}>{t('infrastructure.openInCatalog')}</Button>}
              {data.canManage && <Button onClick={() => setEditing(true)}>{t('infrastructure.editObject')}</Button>}
            </Group>
          )}>
            {localized(data.name)}
          </PageTitle>
          <Stack gap="lg">
            <ObjectPhotos object={data} manage={data.canManage} />
            <ObjectFacts object={data} />
          </Stack>
          <AppModal opened={editing} onClose={() => setEditing(false)} title={t('infrastructure.editObject')} size="xl">
            <ObjectForm object={data} ecosystems={[data.ecosystem]} onSaved={() => setEditing(false)} />
          </AppModal>
        </>
      )}
    </QueryState>
  );
}
