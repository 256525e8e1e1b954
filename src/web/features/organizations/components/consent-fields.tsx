import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ConsentDraft = { purpose: string; scope: string; givenOn: string; source: string };
export const emptyConsent = (): ConsentDraft => ({ purpose: '', scope: '', givenOn: '', source: '' });

type ConsentFieldsProps = {
  value: ConsentDraft;
  onChange: (value: ConsentDraft) => void;
  /** Errors keyed by form path; `path` is the prefix of these fields, e.g. "consents.processing". */
  errors: Record<string, string>;
  path: string;
};

/** What 152-FZ asks to record of a consent: purpose, scope of the data, date, and how it was given. */
export function ConsentFields({ value, onChange, errors, path }: ConsentFieldsProps) {
  const { t } = useTranslation();
  const at = (field: keyof ConsentDraft) => errors[path ? `${path}.${field}` : field];
  const set = (field: keyof ConsentDraft) => (event: { currentTarget: { value: string } }) => onChange({ ...value, [field]: event.currentTarget.value });
  return (
    <>
      <Textarea label={t('contacts.purpose')} description={t('contacts.purposeHint')} required autosize minRows={2} value={value.purpose} onChange={set('purpose')} error={at('purpose')} />
      <Textarea label={t('contacts.scope')} description={t('contacts.scopeHint')} required autosize minRows={2} value={value.scope} onChange={set('scope')} error={at('scope')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('contacts.givenOn')} type="date" required value={value.givenOn} onChange={set('givenOn')} error={at('givenOn')} />
        <TextInput label={t('contacts.source')} description={t('contacts.sourceHint')} required value={value.source} onChange={set('source')} error={at('source')} />
      </SimpleGrid>
    </>
  );
}
