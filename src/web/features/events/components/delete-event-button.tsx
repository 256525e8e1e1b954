import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notify } from '../../../components/ui/notify';
import { useDeleteEvent } from '../api/save-event';
import { ConfirmDialog } from './confirm-dialog';

/** Deleting takes the participants, agenda, outcomes and meetings with it: the dialog says so and asks once more. */
export function DeleteEventButton({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const remove = useDeleteEvent(eventId);
  return (
    <>
      <Button variant="outline" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>{t('eventForms.delete')}</Button>
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('eventForms.deleteTitle')}
        message={t('eventForms.deleteConfirm', { title })}
        confirmLabel={t('eventForms.deleteYes')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(undefined, {
          onSuccess: () => {
            notify(t('eventForms.deleted'));
            void navigate('/events');
          },
        })}
      />
    </>
  );
}
