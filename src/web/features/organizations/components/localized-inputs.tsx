import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/languages';
import { useLanguage } from '../../../lib/use-language';
import type { LocalizedDraft } from '../utils/organization-form-values';
import type { FieldErrors } from '../utils/organization-form-errors';

type LocalizedInputsProps = {
  /** The field's name in the API input ("name", "city"): errors come as `${path}.ru` or `${path}`. */
  path: string;
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  errors: FieldErrors;
  multiline?: boolean;
  maxLength?: number;
};

/** One text in ru/en/zh, side by side on wide screens; the reader's language comes first. */
export function LocalizedInputs({ path, label, value, onChange, errors, multiline = false, maxLength }: LocalizedInputsProps) {
  const { t } = useTranslation();
  const current = useLanguage();
  const ordered: Language[] = [current, ...languages.filter((language) => language !== current)];
  return (
    <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="sm">
      {ordered.map((language, index) => {
        const props = {
          label: t('organizationForm.languageVariant', { field: label, language: t(`language.${language}`) }),
          lang: language,
          value: value[language],
          onChange: (event: { currentTarget: { value: string } }) => onChange({ ...value, [language]: event.currentTarget.value }),
          // A problem with the text as a whole (e.g. no name in any language) shows on the first input.
          error: errors[`${path}.${language}`] ?? (index === 0 ? errors[path] : undefined),
          maxLength,
        };
        return multiline ? <Textarea key={language} autosize minRows={3} maxRows={12} {...props} /> : <TextInput key={language} {...props} />;
      })}
    </SimpleGrid>
  );
}
