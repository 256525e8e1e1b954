import { Alert, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDuplicateCandidates } from '../api/find-duplicate-organizations';
import type { OrganizationFormValues } from '../utils/organization-form-values';
import type { FieldErrors } from '../utils/organization-form-errors';
import { DuplicateCandidateList, warningAlertProps } from './duplicate-candidate-list';
import { LocalizedInputs } from './localized-inputs';

type NamesFieldsProps = {
  value: Pick<OrganizationFormValues, 'name' | 'shortName'>;
  onChange: (change: Partial<OrganizationFormValues>) => void;
  errors: FieldErrors;
  /** The organization being edited, which is of course similar to itself. */
  exceptId?: string;
};

/** Full and short names in three languages, with likely duplicates named while the person types. */
export function NamesFields({ value, onChange, errors, exceptId }: NamesFieldsProps) {
  const { t } = useTranslation();
  // Asks the server after a pause in typing, not at every key.
  const [typedName] = useDebouncedValue(value.name, 400);
  const candidates = useDuplicateCandidates(typedName, exceptId).data ?? [];
  return (
    <Stack gap="sm">
      <LocalizedInputs path="name" label={t('organizationForm.name')} value={value.name} onChange={(name) => onChange({ name })} errors={errors} maxLength={500} />
      {/* A polite status that is always there, so the hint is announced when it appears, without interrupting the typing. */}
      <div role="status">
        {candidates.length > 0 && (
          <Alert {...warningAlertProps} role="group" icon={<IconCopy aria-hidden />} title={t('organizationForm.similarTitle')}>
            <Text size="sm" mb="xs">
              {t('organizationForm.similarHint')}
            </Text>
            <DuplicateCandidateList candidates={candidates.slice(0, 5)} />
          </Alert>
        )}
      </div>
      <LocalizedInputs path="shortName" label={t('organizationForm.shortName')} value={value.shortName} onChange={(shortName) => onChange({ shortName })} errors={errors} maxLength={200} />
    </Stack>
  );
}
