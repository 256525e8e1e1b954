import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { EventForm } from '../components/event-form';

export function NewEventPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Breadcrumbs style={{ flexWrap: 'wrap' }}><Anchor component={Link} to="/events">{t('events.title')}</Anchor></Breadcrumbs>
      <PageTitle>{t('eventForms.newEvent')}</PageTitle>
      <EventForm />
    </Stack>
  );
}
