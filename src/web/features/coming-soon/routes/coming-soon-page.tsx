import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';

export type UpcomingSection = 'projects' | 'partnering' | 'infrastructure' | 'events';

/** Sections that are planned but not built: say what will be here instead of showing a broken page. */
export function ComingSoonPage({ section }: { section: UpcomingSection }) {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <PageTitle>{t('comingSoon.title', { section: t(`nav.${section}`) })}</PageTitle>
      <Text>{t('comingSoon.lead')}</Text>
      <Text>{t(`comingSoon.${section}`)}</Text>
      <Anchor component={Link} to="/">
        {t('comingSoon.back')}
      </Anchor>
    </Stack>
  );
}
