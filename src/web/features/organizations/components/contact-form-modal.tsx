import { Button, Checkbox, Fieldset, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createContactInput, updateContactInput, type Contact, type CreateContactInput } from '../../../../shared/contracts/contacts';
import { iso6391Codes } from '../../../../shared/iso-639-1';
import { languages as interfaceLanguages } from '../../../../shared/languages';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useCreateContact } from '../api/create-contact';
import { useUpdateContact } from '../api/update-contact';
import { ConsentFields, emptyConsent, type ConsentDraft } from './consent-fields';
import { languageName } from './language-name';
import { notify } from '../../../components/ui/notify';

type ContactFormModalProps = { organizationId: string; opened: boolean; onClose: () => void; contact?: Contact };
type Localized = { ru: string; en: string; zh: string };
const fromLocalized = (text?: { ru: string | null; en: string | null; zh: string | null }): Localized => ({ ru: text?.ru ?? '', en: text?.en ?? '', zh: text?.zh ?? '' });

/** Adds a contact with the consent it rests on, or edits one (consents are recorded separately then). */
export function ContactFormModal({ organizationId, opened, onClose, contact }: ContactFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const createContact = useCreateContact(organizationId);
  const updateContact = useUpdateContact(organizationId);
  const mutation = contact ? updateContact : createContact;
  const [fullName, setFullName] = useState(fromLocalized(contact?.fullName));
  const [position, setPosition] = useState(fromLocalized(contact?.position));
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [spoken, setSpoken] = useState<string[]>(contact?.languages ?? []);
  const [processing, setProcessing] = useState<ConsentDraft>(emptyConsent);
  const [withDissemination, setWithDissemination] = useState(false);
  const [dissemination, setDissemination] = useState<ConsentDraft>(emptyConsent);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = mutation.error ? localizeError(mutation.error, language, '').fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { fullName, position, email, phone, languages: spoken };
    const checked = contact
      ? validateForm(updateContactInput, fields, language)
      : validateForm(createContactInput, { ...fields, consents: { processing, ...(withDissemination ? { dissemination } : {}) } }, language);
    setClientErrors(checked.fields ?? {});
    if (!checked.data) return;
    const done = (message: string) => () => {
      notify(message, 'green');
      onClose();
    };
    if (contact) updateContact.mutate({ id: contact.id, input: checked.data }, { onSuccess: done(t('common.saved')) });
    else createContact.mutate({ organizationId, input: checked.data as CreateContactInput }, { onSuccess: done(t('contacts.created')) });
  }

  const languageOptions = iso6391Codes.map((code) => ({ value: code, label: `${languageName(code, language)} (${code})` }));

  return (
    <AppModal opened={opened} onClose={onClose} title={contact ? t('contacts.edit') : t('contacts.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <Fieldset legend={t('contacts.fullName')}>
            <Stack gap="xs">
              {interfaceLanguages.map((form) => (
                <TextInput
                  key={form}
                  label={t(`contacts.inLanguage.${form}`)}
                  value={fullName[form]}
                  onChange={(e) => setFullName({ ...fullName, [form]: e.currentTarget.value })}
                  error={form === 'ru' ? errors.fullName : errors[`fullName.${form}`]}
                  description={form === 'ru' ? t('contacts.nameHint') : undefined}
                />
              ))}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('contacts.position')}>
            <Stack gap="xs">
              {interfaceLanguages.map((form) => (
                <TextInput
                  key={form}
                  label={t(`contacts.inLanguage.${form}`)}
                  value={position[form]}
                  onChange={(e) => setPosition({ ...position, [form]: e.currentTarget.value })}
                  error={errors[`position.${form}`]}
                />
              ))}
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('contacts.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} autoComplete="off" />
            <TextInput label={t('contacts.phone')} type="tel" description={t('contacts.phoneHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone} autoComplete="off" />
          </SimpleGrid>
          <MultiSelect
            label={t('contacts.languages')}
            data={languageOptions}
            value={spoken}
            onChange={setSpoken}
            searchable
            clearable
            error={errors.languages ?? Object.entries(errors).find(([key]) => key.startsWith('languages.'))?.[1]}
            comboboxProps={{ withinPortal: true }}
          />
          {!contact && (
            <>
              <Fieldset legend={t('contacts.consentToProcessing')}>
                <Stack gap="xs">
                  <ConsentFields value={processing} onChange={setProcessing} errors={errors} path="consents.processing" />
                </Stack>
              </Fieldset>
              <Checkbox label={t('contacts.alsoDissemination')} checked={withDissemination} onChange={(e) => setWithDissemination(e.currentTarget.checked)} />
              {withDissemination && (
                <Fieldset legend={t('contacts.consentToDissemination')}>
                  <Stack gap="xs">
                    <ConsentFields value={dissemination} onChange={setDissemination} errors={errors} path="consents.dissemination" />
                  </Stack>
                </Fieldset>
              )}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {contact ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
