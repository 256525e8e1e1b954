import { Anchor, Breadcrumbs, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Agreement } from '../../../../shared/contracts/agreements';
import { AgreementDetails } from '../../../components/domain/agreement-details';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useAgreement } from '../api/get-agreement';
import { useCurrentUser } from '../api/get-current-user';
import { useObligations } from '../api/list-obligations';
import { CalendarFeedButton } from '../components/calendar-feed-button';
import { DocumentsSection } from '../components/documents-section';
import { HealthCard } from '../components/health-card';
import { HistorySection } from '../components/history-section';
import { RoadmapSection } from '../components/roadmap-section';
import { StatusActions } from '../components/status-actions';

function AgreementExtras({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const goals = localized(agreement.goals);
  const relationLabel = (r: Agreement['relations'][number]) =>
    r.direction === 'outgoing' ? t(`agreements.relation.${r.kind}`) : t(`agreements.relation.${r.kind === 'supersedes' ? 'supersededBy' : 'annexes'}`);
  return (
    <Stack gap="xs">
      {goals && (<><Title order={2} size="h4">{t('agreements.goals')}</Title><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{goals}</Text></>)}
      <Text size="sm">
        {!agreement.validTo && agreement.validFrom ? `${formatDate(agreement.validFrom, language)} — ${t('agreements.indefinite')}` : null}
        {agreement.autoRenewal ? ` · ${t('agreements.autoRenewal')}` : null}
      </Text>
      {agreement.terminationReason && <Text size="sm" c="red.9">{t('agreements.terminated', { date: formatDate(agreement.terminatedOn, language), reason: agreement.terminationReason })}</Text>}
      {agreement.relations.length > 0 && (
        <>
          <Title order={2} size="h4">{t('agreements.related')}</Title>
          <List size="sm">
            {agreement.relations.map((r) => (
              <List.Item key={`${r.direction}-${r.agreement.id}`}>
                {relationLabel(r)}: <Anchor component={Link} to={`/agreements/${r.agreement.id}`} inherit>{localized(r.agreement.title)}</Anchor>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

export function AgreementPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  const me = useCurrentUser();
  const signedIn = !!me.data?.user;
  const obligations = useObligations(id);
  const permissions = obligations.data?.permissions;
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to="/agreements">{t('agreements.title')}</Anchor>
      </Breadcrumbs>
      <QueryState query={agreement}>
        {(data) => (
          <>
            <PageTitle actions={signedIn ? <CalendarFeedButton agreementId={data.id} /> : undefined}>{localized(data.title)}</PageTitle>
            {permissions?.manage && (
              <Group gap="sm" wrap="wrap">
                <Button component={Link} to={`/agreements/${data.id}/edit`} size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />}>{t('agreements.form.edit')}</Button>
                <StatusActions agreement={data} />
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Stack gap="md">
                <AgreementDetails agreement={data} headingLevel={2} />
                <AgreementExtras agreement={data} />
              </Stack>
              <div>{data.health && <HealthCard health={data.health} />}</div>
            </SimpleGrid>
            {signedIn && (
              <Stack gap="xl">
                <RoadmapSection agreement={data} />
                <DocumentsSection agreementId={data.id} canUpload={permissions?.contribute ?? false} />
                <HistorySection agreementId={data.id} />
              </Stack>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
