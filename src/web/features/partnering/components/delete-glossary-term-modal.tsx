import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermDto } from '../../../../shared/contracts/partnering-glossary';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useDeleteGlossaryTerm } from '../api/delete-glossary-term';

/** Asks before removing a term an administrator added; shipped terms have no remove button. */
export function DeleteGlossaryTermModal({ term, onClose }: { term: GlossaryTermDto; onClose: () => void }) {
  const { t } = useTranslation();
  const deleteTerm = useDeleteGlossaryTerm();

  function confirm() {
    if (!term.id) return;
    deleteTerm.mutate(term.id, {
      onSuccess: () => {
        notify(t('glossary.removed'), 'green');
        onClose();
      },
    });
  }

  return (
    <AppModal opened onClose={onClose} title={t('glossary.removeTitle')}>
      <Stack>
        {deleteTerm.isError && <ErrorAlert error={deleteTerm.error} />}
        <Text size="sm">{t('glossary.removeText', { term: term.term })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" onClick={confirm} loading={deleteTerm.isPending}>
            {t('glossary.remove')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
