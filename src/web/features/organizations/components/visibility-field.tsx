import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { visibilities, type Visibility } from '../../../../shared/domain';

/** Who sees the organization, with what each choice means said next to it. */
export function VisibilityField({ value, onChange, error }: { value: Visibility; onChange: (value: Visibility) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group aria-label={t('organizationForm.visibility')} value={value} onChange={(next) => onChange(next as Visibility)} error={error}>
      <Stack gap="sm">
        {visibilities.map((visibility) => (
          <Radio key={visibility} value={visibility} label={t(`enums.visibility.${visibility}`)} description={t(`organizationForm.visibilityHelp.${visibility}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
