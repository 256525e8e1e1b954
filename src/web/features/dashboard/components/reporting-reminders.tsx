import { Anchor, Badge, Card, Group, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useObligations } from '../api/list-obligations';

/** What the caller's organizations still owe in open reporting campaigns. */
export function ReportingReminders() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const open = (useObligations().data?.items ?? []).filter((o) => !o.actual || o.actual.status === 'draft');
  if (open.length === 0) return null;
  const period = (o: (typeof open)[number]) =>
    o.periodKind === 'year' ? t('indicators.periodYear', { year: o.year }) : t(o.periodKind === 'quarter' ? 'indicators.periodQuarter' : 'indicators.periodMonth', { year: o.year, index: o.periodIndex });
  return (
    <Card withBorder component="section" aria-labelledby="reminders-heading">
      <Title order={2} size="h4" id="reminders-heading" mb="xs">{t('indicators.obligationsHeading')}</Title>
      <List spacing="xs" listStyleType="none">
        {open.map((o) => (
          <List.Item key={`${o.campaignId}/${o.organization.id}/${o.indicator.id}`}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/indicators/${o.indicator.id}?year=${o.year}&periodKind=${o.periodKind}&periodIndex=${o.periodIndex}`}>
                {t('indicators.obligation', { indicator: localized(o.indicator.name), organization: localized(o.organization.name), period: period(o) })}
              </Anchor>
              <span>{t('indicators.due', { date: formatDate(o.dueOn, language) })}</span>
              {o.overdue && <Badge color="red.9" variant="outline" tt="none">{t('indicators.overdue')}</Badge>}
            </Group>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
