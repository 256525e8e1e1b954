import { Alert, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sizeBands } from '../../../../shared/domain';
import type { OrganizationFormValues, SizeBand } from '../utils/organization-form-values';
import type { FieldErrors } from '../utils/organization-form-errors';

type FiguresValues = Pick<OrganizationFormValues, 'sizeBand' | 'foundedYear' | 'headcount' | 'revenueRub' | 'exportsRub'>;
type FiguresFieldsProps = {
  value: FiguresValues;
  onChange: (change: Partial<FiguresValues>) => void;
  errors: FieldErrors;
  /** False when the caller may not see the private figures (then they are neither shown nor sent). */
  withPrivateFigures: boolean;
};

export function FiguresFields({ value, onChange, errors, withPrivateFigures }: FiguresFieldsProps) {
  const { t } = useTranslation();
  const money = { thousandSeparator: ' ', min: 0, max: 1e15, allowNegative: false, decimalScale: 2 } as const;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t('organizationForm.sizeBand')}
          placeholder={t('organizationForm.sizeBandNone')}
          data={sizeBands.map((band) => ({ value: band, label: t(`enums.sizeBand.${band}`) }))}
          value={value.sizeBand}
          onChange={(band) => onChange({ sizeBand: band as SizeBand | null })}
          clearable
          error={errors.sizeBand}
        />
        <NumberInput
          label={t('organizationForm.foundedYear')}
          value={value.foundedYear}
          onChange={(year) => onChange({ foundedYear: year })}
          min={1700}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          error={errors.foundedYear}
        />
      </SimpleGrid>
      {withPrivateFigures && (
        <>
          <Alert variant="light" color="gray" icon={<IconLock aria-hidden />} p="xs">
            {t('organizationForm.figuresPrivate')}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('organizationForm.headcount')}
              value={value.headcount}
              onChange={(headcount) => onChange({ headcount })}
              thousandSeparator=" "
              min={0}
              allowDecimal={false}
              allowNegative={false}
              error={errors['privateFigures.headcount']}
            />
            <NumberInput label={t('organizationForm.revenue')} value={value.revenueRub} onChange={(revenueRub) => onChange({ revenueRub })} error={errors['privateFigures.revenueRub']} {...money} />
            <NumberInput label={t('organizationForm.exports')} value={value.exportsRub} onChange={(exportsRub) => onChange({ exportsRub })} error={errors['privateFigures.exportsRub']} {...money} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
