import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/languages';

export type LocalizedDraft = Record<Language, string>;
type Localized = { ru: string | null; en: string | null; zh: string | null };

export const draftOf = (text?: Localized): LocalizedDraft => ({ ru: text?.ru ?? '', en: text?.en ?? '', zh: text?.zh ?? '' });
export const textOf = (draft: LocalizedDraft): Localized => ({ ru: draft.ru.trim() || null, en: draft.en.trim() || null, zh: draft.zh.trim() || null });
export const hasAnyText = (draft: LocalizedDraft) => languages.some((language) => draft[language].trim() !== '');

type Props = {
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  multiline?: boolean;
  required?: boolean;
  /** One message for the group, shown under the first field. */
  error?: string;
};

/**
 * A text in Russian, English and Chinese, side by side. Readers see their language and, where it
 * is empty, another one: the interface language comes first so the usual case is one field.
 */
export function LocalizedFields({ label, value, onChange, multiline, required, error }: Props) {
  const { t, i18n } = useTranslation();
  const first = (languages as readonly string[]).includes(i18n.resolvedLanguage ?? '') ? (i18n.resolvedLanguage as Language) : 'ru';
  const order = [first, ...languages.filter((language) => language !== first)];
  const Field = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, md: multiline ? 1 : 3 }} spacing="sm">
      {order.map((language, index) => (
        <Field
          key={language}
          label={t('eventForms.inLanguage', { field: label, language: t(`eventForms.languageName.${language}`) })}
          lang={language}
          value={value[language]}
          onChange={(event) => onChange({ ...value, [language]: event.currentTarget.value })}
          withAsterisk={required && index === 0}
          error={index === 0 ? error : undefined}
          {...(multiline ? { autosize: true, minRows: 2 } : {})}
        />
      ))}
    </SimpleGrid>
  );
}
