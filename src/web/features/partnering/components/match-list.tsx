import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { useLanguage } from '../../../lib/use-language';
import { useMatches } from '../api/partnering';

/** The best complementary profiles with the reasons the server gives in the reader's language. */
export function MatchList({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const matches = useMatches(profileId, true, language);
  return (
    <section aria-labelledby="matches-heading">
      <Title order={2} size="h3" id="matches-heading" mt="lg">{t('partnering.profile.matches')}</Title>
      <Text c="dimmed" size="sm" mb="sm">{t('partnering.profile.matchesLead')}</Text>
      <QueryState query={matches}>
        {(data) => (
          <Stack>
            {data.items.length === 0 && <Text>{t('partnering.profile.noMatches')}</Text>}
            {data.items.map((m) => (
              <Card key={m.profile.id} withBorder padding="sm" component="article">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/partnering/profiles/${m.profile.id}`} fw={600} lang={m.profile.language}>{m.profile.title}</Anchor>
                  <Badge>{t('partnering.profile.score', { percent: `${Math.round(m.score * 100)} %` })}</Badge>
                </Group>
                <List size="sm" mt="xs">
                  {m.reasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)}
                </List>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </section>
  );
}
