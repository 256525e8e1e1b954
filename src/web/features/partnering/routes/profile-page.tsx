import { Badge, Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { partnershipTypeLabels } from '../../../../shared/partnering';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProfile, useSubmitProfile } from '../api/partnering';
import { InterestForm } from '../components/interest-form';
import { MatchList } from '../components/match-list';
import { RenewForm } from '../components/renew-form';
import { ReviewForm } from '../components/review-form';
import { ReviewResult } from '../components/review-result';

export function ProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const profile = useProfile(id);
  const submit = useSubmitProfile(id);
  return (
    <QueryState query={profile}>
      {(p) => (
        <>
          <PageTitle>{p.title}</PageTitle>
          <Group gap="xs" mb="md" wrap="wrap">
            <Badge>{t(`partnering.types.${p.type}`)}</Badge>
            <Badge variant="light">{t(`partnering.statuses.${p.status}`)}</Badge>
            {p.trl && <Badge variant="outline" color="gray">{t('partnering.trl', { trl: p.trl })}</Badge>}
          </Group>
          <Stack gap="sm">
            <Text><b>{t('partnering.profile.organization')}:</b> {p.organization ? localized(p.organization.name) : t('partnering.anonymousOwner')} · {countryName(p.country, language)}</Text>
            <Title order={2} size="h4">{t('partnering.profile.summary')}</Title>
            <Text lang={p.language}>{p.summary}</Text>
            {p.description && (<><Title order={2} size="h4">{t('partnering.profile.description')}</Title><Text lang={p.language} style={{ whiteSpace: 'pre-line' }}>{p.description}</Text></>)}
            <Text><b>{t('partnering.profile.directions')}:</b> {p.directions.map((d) => localized(d.label)).join(', ')}</Text>
            {p.partnershipTypes.length > 0 && <Text><b>{t('partnering.profile.partnershipTypes')}:</b> {p.partnershipTypes.map((type) => partnershipTypeLabels[type][language]).join(', ')}</Text>}
            {p.keywords.length > 0 && <Text lang={p.language}><b>{t('partnering.profile.keywords')}:</b> {p.keywords.join(', ')}</Text>}
          </Stack>
          {p.canEdit && p.prechecks.length > 0 && (
            <Paper withBorder p="sm" mt="md">
              <Title order={2} size="h4">{t('partnering.profile.prechecks')}</Title>
              <List size="sm">{p.prechecks.map((f) => <List.Item key={`${f.code}-${f.field}`}>{t(`partnering.prechecks.${f.code}`)}</List.Item>)}</List>
            </Paper>
          )}
          {p.lastReview && <Box mt="md"><ReviewResult review={p.lastReview} /></Box>}
          {p.canEdit && p.renewalDue && <RenewForm profileId={p.id} expiresOn={p.expiresOn} />}
          {p.canEdit && p.status === 'draft' && (
            <Group mt="md">
              <Button component={Link} to={`/partnering/profiles/${p.id}/edit`} variant="default">{t('partneringWork.editor.edit')}</Button>
              {p.prechecks.length === 0 && <Button loading={submit.isPending} onClick={() => submit.mutate(undefined)}>{t('partnering.profile.submit')}</Button>}
            </Group>
          )}
          {p.canReview && (p.status === 'submitted' || p.status === 'in_review') && <ReviewForm profileId={p.id} status={p.status} />}
          {p.status === 'published' && <InterestForm toProfileId={p.id} toType={p.type} />}
          {(p.status === 'published' || p.canEdit) && <MatchList profileId={p.id} />}
        </>
      )}
    </QueryState>
  );
}
