import { SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../utils/organization-form-errors';

type ActivityCodesFieldsProps = {
  main: string;
  additional: string[];
  onChange: (change: { main?: string; additional?: string[] }) => void;
  onBlurMain: () => void;
  errors: FieldErrors;
};

/** Errors of single additional codes (activityCodes.additional.N) are gathered on the one list input. */
function additionalError(errors: FieldErrors, additional: string[]): string | undefined {
  if (errors['activityCodes.additional']) return errors['activityCodes.additional'];
  const wrong = additional.filter((_, index) => errors[`activityCodes.additional.${index}`]);
  const first = additional.findIndex((_, index) => errors[`activityCodes.additional.${index}`]);
  return wrong.length ? `${errors[`activityCodes.additional.${first}`]} ${wrong.join(', ')}` : undefined;
}

export function ActivityCodesFields({ main, additional, onChange, onBlurMain, errors }: ActivityCodesFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={t('organizationForm.activityMain')}
        value={main}
        onChange={(event) => onChange({ main: event.currentTarget.value })}
        onBlur={onBlurMain}
        error={errors['activityCodes.main']}
        inputMode="decimal"
        maxLength={8}
      />
      <TagsInput
        label={t('organizationForm.activityAdditional')}
        description={t('organizationForm.activityAdditionalHint')}
        value={additional}
        onChange={(codes) => onChange({ additional: codes })}
        splitChars={[',', ' ', ';']}
        clearable
        maxTags={50}
        error={additionalError(errors, additional)}
      />
    </SimpleGrid>
  );
}
