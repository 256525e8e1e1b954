import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { organizationKinds, type OrganizationKind } from '../../../../shared/domain';
import { CountrySelect } from '../../../components/domain/country-select';
import { useLanguage } from '../../../lib/use-language';
import type { OrganizationFormValues } from '../utils/organization-form-values';
import type { FieldErrors } from '../utils/organization-form-errors';
import { LocalizedInputs } from './localized-inputs';

type KindLocationValues = Pick<OrganizationFormValues, 'kind' | 'country' | 'region' | 'city' | 'website'>;
type KindLocationFieldsProps = {
  value: KindLocationValues;
  onChange: (change: Partial<KindLocationValues>) => void;
  onBlurField: (path: string) => void;
  errors: FieldErrors;
};

export function KindLocationFields({ value, onChange, onBlurField, errors }: KindLocationFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kinds = organizationKinds.map((kind) => ({ value: kind, label: t(`enums.organizationKind.${kind}`) })).sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('organizationForm.kind')}
          placeholder={t('organizationForm.choose')}
          required
          searchable
          data={kinds}
          value={value.kind}
          onChange={(kind) => onChange({ kind: kind as OrganizationKind | null })}
          error={errors.kind}
          nothingFoundMessage={t('common.empty')}
        />
        <CountrySelect
          label={t('organizationForm.country')}
          placeholder={t('organizationForm.choose')}
          required
          value={value.country}
          onChange={(country) => onChange({ country })}
          error={errors.country}
        />
        <TextInput
          label={t('organizationForm.region')}
          description={t('organizationForm.regionHint')}
          value={value.region}
          onChange={(event) => onChange({ region: event.currentTarget.value })}
          error={errors.region}
          maxLength={20}
        />
        <TextInput
          label={t('organizationForm.website')}
          type="url"
          inputMode="url"
          value={value.website}
          onChange={(event) => onChange({ website: event.currentTarget.value })}
          onBlur={() => onBlurField('website')}
          error={errors.website}
          maxLength={300}
        />
      </SimpleGrid>
      <LocalizedInputs path="city" label={t('organizationForm.city')} value={value.city} onChange={(city) => onChange({ city })} errors={errors} maxLength={200} />
    </Stack>
  );
}
