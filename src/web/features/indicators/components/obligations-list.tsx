import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Obligation } from '../../../../shared/contracts/indicators';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useIndicatorTexts } from './use-indicator-texts';

/** Reports the caller's organizations still owe, oldest deadline first, each a link to report it. */
export function ObligationsList({ items }: { items: Obligation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { period } = useIndicatorTexts();
  const open = items.filter((o) => !o.actual || o.actual.status === 'draft');
  if (open.length === 0) return null;
  return (
    <List spacing="xs" listStyleType="none" aria-label={t('indicators.obligationsHeading')}>
      {open.map((o) => (
        <List.Item key={`${o.campaignId}/${o.organization.id}/${o.indicator.id}`}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/indicators/${o.indicator.id}?year=${o.year}&periodKind=${o.periodKind}&periodIndex=${o.periodIndex}`}>
              {t('indicators.obligation', { indicator: localized(o.indicator.name), organization: localized(o.organization.name), period: period(o.year, o.periodKind, o.periodIndex) })}
            </Anchor>
            <Text size="sm">{t('indicators.due', { date: formatDate(o.dueOn, language) })}</Text>
            {o.overdue && <Badge color="red.9" variant="outline" tt="none">{t('indicators.overdue')}</Badge>}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
