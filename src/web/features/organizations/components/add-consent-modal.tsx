import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addConsentInput, type ConsentKind } from '../../../../shared/contracts/contacts';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useAddContactConsent } from '../api/add-contact-consent';
import { ConsentFields, emptyConsent } from './consent-fields';
import { notify } from '../../../components/ui/notify';

type AddConsentModalProps = { organizationId: string; contactId: string; contactName: string; kind: ConsentKind; opened: boolean; onClose: () => void };

/** Records a consent the person gave: to dissemination, or to processing for a person who has none yet. */
export function AddConsentModal({ organizationId, contactId, contactName, kind, opened, onClose }: AddConsentModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const addConsent = useAddContactConsent(organizationId);
  const [draft, setDraft] = useState(emptyConsent);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...(addConsent.error ? localizeError(addConsent.error, language, '').fields : {}), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateForm(addConsentInput, { kind, ...draft }, language);
    setClientErrors(checked.fields ?? {});
    if (!checked.data) return;
    addConsent.mutate({ id: contactId, input: checked.data }, {
      onSuccess: () => {
        notify(t('contacts.consentAdded'), 'green');
        onClose();
      },
    });
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t(kind === 'processing' ? 'contacts.consentToProcessing' : 'contacts.consentToDissemination')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(kind === 'processing' ? 'contacts.processingLead' : 'contacts.disseminationLead', { name: contactName })}</Text>
          {addConsent.isError && <ErrorAlert error={addConsent.error} />}
          <ConsentFields value={draft} onChange={setDraft} errors={errors} path="" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={addConsent.isPending}>
              {t('contacts.recordConsent')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
