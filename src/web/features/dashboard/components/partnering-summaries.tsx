import { Anchor, Badge, Card, Group, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../../app/roles';
import { FunnelChart } from '../../../components/domain/partnering-funnel-chart';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useOwnProfiles, usePartneringFunnel } from '../api/partnering-summaries';

/** The partnering funnel of the whole platform, for those who steer it (not for a single member). */
export function PartneringFunnel({ user }: { user: CurrentUser | null | undefined }) {
  const { t } = useTranslation();
  const funnel = usePartneringFunnel(hasAnyRole(user, ['admin', 'coordinator', 'park_manager', 'analyst']));
  if (!funnel.data) return null;
  return (
    <Card withBorder>
      <FunnelChart data={funnel.data} />
      <Anchor component={Link} to="/partnering/interests" size="sm">{t('partneringWork.dashboard.toInterests')}</Anchor>
    </Card>
  );
}

/** The renewal reminders: the caller's published profiles near their expiry, and those that expired. */
export function PartneringRenewals({ user }: { user: CurrentUser | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profiles = useOwnProfiles(hasAnyRole(user, ['member', 'park_manager']));
  const due = (profiles.data?.items ?? []).filter((p) => p.renewalDue);
  if (due.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="renewals-heading">
      <Title order={2} size="h4" id="renewals-heading" mb="xs">{t('partneringWork.dashboard.renewals')}</Title>
      <List spacing="xs" listStyleType="none">
        {due.map((p) => (
          <List.Item key={p.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/partnering/profiles/${p.id}`} lang={p.language}>{p.title}</Anchor>
              <span>{t('partnering.expires', { date: p.expiresOn ? formatDate(p.expiresOn, language) : '—' })}</span>
              {p.status === 'expired' && <Badge color="red.9" variant="outline" tt="none">{t('partnering.statuses.expired')}</Badge>}
            </Group>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
