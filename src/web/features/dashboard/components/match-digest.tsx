import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import { hasAnyRole } from '../../../app/roles';
import { useLanguage } from '../../../lib/use-language';
import { useMarkDigestSeen, useMatchDigest } from '../api/match-digest';

/**
 * The daily digest of new matches for the caller's organizations: how many, the best of them with
 * the reasons in the reader's language, and a way to mark them as seen. The server leaves out the
 * organization behind an anonymous profile; so does this card.
 */
export function MatchDigest({ user }: { user: CurrentUser | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const digest = useMatchDigest(hasAnyRole(user, ['member', 'park_manager']), language);
  const markSeen = useMarkDigestSeen();
  if (!digest.data || digest.data.total === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="digest-heading">
      <Group justify="space-between" wrap="wrap" mb="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id="digest-heading">{t('partneringWork.dashboard.newMatches')}</Title>
          <Badge variant="filled" color="blue.8">{t('partneringWork.dashboard.newMatchesCount', { count: digest.data.total })}</Badge>
        </Group>
        <Button size="xs" variant="light" loading={markSeen.isPending} onClick={() => markSeen.mutate()}>{t('partneringWork.dashboard.markSeen')}</Button>
      </Group>
      <Stack gap="sm">
        {digest.data.items.map((item) => {
          const organization = item.match.organization ? item.match.organization.name[language] ?? item.match.organization.name.en ?? item.match.organization.name.ru : null;
          return (
            <Stack key={`${item.profile.id}-${item.match.id}`} gap={2} component="article">
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/partnering/profiles/${item.match.id}`} fw={600} lang={item.match.language}>{item.match.title}</Anchor>
                {organization && <Text size="sm" c="dimmed">{organization}</Text>}
                <Badge variant="outline" tt="none">{t('partnering.profile.score', { percent: `${Math.round(item.score * 100)} %` })}</Badge>
              </Group>
              <Text size="sm">
                {t('partneringWork.dashboard.forProfile')}{' '}
                <Anchor component={Link} to={`/partnering/profiles/${item.profile.id}`} lang={item.profile.language}>{item.profile.title}</Anchor>
              </Text>
              <List size="sm">
                {item.reasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)}
              </List>
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
