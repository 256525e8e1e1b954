import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useLocalized } from '../../../lib/use-language';
import { useEvent } from '../api/get-event';
import { EventForm } from '../components/event-form';

export function EditEventPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <Stack gap="md">
      <QueryState query={event}>
        {(data) => (
          <>
            <Breadcrumbs style={{ flexWrap: 'wrap' }}>
              <Anchor component={Link} to="/events">{t('events.title')}</Anchor>
              <Anchor component={Link} to={`/events/${data.id}`}>{localized(data.title)}</Anchor>
            </Breadcrumbs>
            <PageTitle>{t('eventForms.editEvent')}</PageTitle>
            {/* The server refuses the edit anyway; this spares a form that cannot be saved. */}
            {data.canManage ? <EventForm event={data} /> : <ErrorAlert error={new ApiError(403, 'FORBIDDEN', 'Forbidden')} />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
