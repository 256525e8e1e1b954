import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deadline } from '../../../../shared/contracts/agreements';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useDeadlines } from '../api/list-deadlines';

/** Overdue and upcoming roadmap obligations across every agreement the reader sees, nearest first. */
export function AgreementDeadlines() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const deadlines = useDeadlines();
  const item = (d: Deadline) => (
    <List.Item key={d.obligation.id}>
      <Text size="sm" fw={600}>{localized(d.obligation.text)}</Text>
      <Text size="xs" c={d.daysLeft < 0 ? 'red.9' : 'dimmed'}>
        {formatDate(d.obligation.dueOn, language)} · {d.daysLeft < 0 ? t('agreements.deadlines.daysOverdue', { count: -d.daysLeft }) : d.daysLeft === 0 ? t('agreements.deadlines.today') : t('agreements.deadlines.daysLeft', { count: d.daysLeft })}
        {d.obligation.responsibleOrganization && ` · ${localized(d.obligation.responsibleOrganization.shortName) || localized(d.obligation.responsibleOrganization.name)}`}
      </Text>
      <Anchor component={Link} to={`/agreements/${d.agreement.id}`} size="xs">{d.agreement.number ?? localized(d.agreement.title)}</Anchor>
    </List.Item>
  );
  return (
    <Stack component="section" aria-labelledby="deadlines-heading">
      <Title order={2} size="h3" id="deadlines-heading">{t('agreements.deadlines.title')}</Title>
      <QueryState query={deadlines}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder padding="md" radius="md">
              <Title order={3} size="h5" mb="xs">{t('agreements.deadlines.overdue', { count: data.overdueTotal })}</Title>
              {data.overdue.length === 0 ? <Text size="sm">{t('agreements.deadlines.noneOverdue')}</Text> : <List spacing="xs" listStyleType="none">{data.overdue.map(item)}</List>}
            </Card>
            <Card withBorder padding="md" radius="md">
              <Title order={3} size="h5" mb="xs">{t('agreements.deadlines.upcoming', { count: data.upcomingTotal })}</Title>
              {data.upcoming.length === 0 ? <Text size="sm">{t('agreements.deadlines.noneUpcoming')}</Text> : <List spacing="xs" listStyleType="none">{data.upcoming.map(item)}</List>}
            </Card>
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
