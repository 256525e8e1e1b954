import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../../app/roles';
import { FunnelChart } from '../../../components/domain/partnering-funnel-chart';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useCurrentUser, useFunnel, useInterests } from '../api/partnering';
import { InterestCard } from '../components/interest-card';

type Box = 'inbox' | 'outbox' | 'intermediary';

function InterestList({ box }: { box: Box }) {
  const { t } = useTranslation();
  const interests = useInterests(box);
  return (
    <QueryState query={interests}>
      {(data) => (
        <Stack mt="md">
          {data.items.length === 0 && <Text>{t('partnering.interests.empty')}</Text>}
          {data.items.map((i) => <InterestCard key={i.id} interest={i} />)}
        </Stack>
      )}
    </QueryState>
  );
}

/** Inbox, outbox and — for intermediaries — the interests to introduce, with the funnel below them. */
export function InterestsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const intermediary = !!user.data && hasAnyRole(user.data.user, ['admin', 'coordinator', 'park_manager']);
  const analyst = !!user.data && hasAnyRole(user.data.user, ['admin', 'coordinator', 'park_manager', 'analyst']);
  const funnel = useFunnel(analyst);
  const [box, setBox] = useState<Box>('inbox');
  return (
    <>
      <PageTitle actions={<Group gap="md"><Anchor component={Link} to="/partnering">{t('partnering.title')}</Anchor>{intermediary && <Anchor component={Link} to="/partnering/review">{t('partneringWork.queue.title')}</Anchor>}</Group>}>
        {t('partnering.interests.title')}
      </PageTitle>
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
