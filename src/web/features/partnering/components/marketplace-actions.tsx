import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../api/partnering';

/** Where the marketplace leads: writing a profile, one's own profiles and interests, the review queue. */
export function MarketplaceActions() {
  const { t } = useTranslation();
  const user = useCurrentUser().data?.user;
  return (
    <Group gap="md" wrap="wrap">
      <Anchor component={Link} to="/partnering/interests">{t('partnering.interestsLink')}</Anchor>
      {hasAnyRole(user, ['admin', 'coordinator', 'park_manager']) && <Anchor component={Link} to="/partnering/review">{t('partneringWork.queue.title')}</Anchor>}
      {hasAnyRole(user, ['admin', 'coordinator', 'park_manager', 'member']) && <Button component={Link} to="/partnering/profiles/new">{t('partneringWork.editor.newTitle')}</Button>}
    </Group>
  );
}
