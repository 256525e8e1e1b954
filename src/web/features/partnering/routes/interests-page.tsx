import { Anchor, Badge, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../../app/roles';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCurrentUser, useFunnel, useInterests, useIntroduce } from '../api/partnering';
import { FunnelChart } from '../components/funnel-chart';

type Box = 'inbox' | 'outbox' | 'intermediary';

function InterestList({ box }: { box: Box }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const interests = useInterests(box);
  const introduce = useIntroduce();
  const name = (o: { name: { ru: string | null; en: string | null; zh: string | null } } | null) => (o ? localized(o.name) : t('partnering.interests.hidden'));
  return (
    <QueryState query={interests}>
      {(data) => (
        <Stack mt="md">
          {data.items.length === 0 && <Text>{t('partnering.interests.empty')}</Text>}
          {data.items.map((i) => (
            <Card key={i.id} withBorder padding="sm" component="article">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>
                  <Anchor component={Link} to={`/partnering/profiles/${i.fromProfile.id}`}>{i.fromProfile.title}</Anchor> → <Anchor component={Link} to={`/partnering/profiles/${i.toProfile.id}`}>{i.toProfile.title}</Anchor>
                </Text>
                <Badge>{t(`partnering.interests.statuses.${i.status}`)}</Badge>
              </Group>
              <Text size="sm" c="dimmed">{t('partnering.interests.from')}: {name(i.fromOrganization)} · {t('partnering.interests.to')}: {name(i.toOrganization)} · {formatDate(i.sentAt.slice(0, 10), language)}</Text>
              <Text size="sm" mt={4}>{i.message}</Text>
              {i.canIntroduce && <Group mt="xs"><Button size="xs" loading={introduce.isPending} onClick={() => introduce.mutate(i.id)}>{t('partnering.interests.introduce')}</Button></Group>}
            </Card>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

/** Inbox, outbox and — for intermediaries — the interests to introduce, with the funnel above them. */
export function InterestsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const intermediary = !!user.data && hasAnyRole(user.data.user, ['admin', 'coordinator', 'park_manager']);
  const analyst = !!user.data && hasAnyRole(user.data.user, ['admin', 'coordinator', 'park_manager', 'analyst']);
  const funnel = useFunnel(analyst);
  const [box, setBox] = useState<Box>('inbox');
  return (
    <>
      <PageTitle>{t('partnering.interests.title')}</PageTitle>
      <Tabs value={box} onChange={(v) => setBox((v as Box) ?? 'inbox')}>
        <Tabs.List>
          <Tabs.Tab value="inbox">{t('partnering.interests.inbox')}</Tabs.Tab>
          <Tabs.Tab value="outbox">{t('partnering.interests.outbox')}</Tabs.Tab>
          {intermediary && <Tabs.Tab value="intermediary">{t('partnering.interests.intermediary')}</Tabs.Tab>}
        </Tabs.List>
      </Tabs>
      <InterestList key={box} box={box} />
      {analyst && funnel.data && <FunnelChart data={funnel.data} />}
    </>
  );
}
