import { Checkbox, Fieldset, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dealSizeBands, detectLanguage, ipStatuses, partnershipTypeLabels, partnershipTypes, profileLimits, profileTypes, textLanguages } from '../../../../shared/partnering';
import { useCountryOptions } from '../../../lib/use-countries';
import { useLanguage } from '../../../lib/use-language';
import { DirectionsField, EcosystemsField, OrganizationField } from './editor-pickers';
import { isInvestment, type EditorValues } from './editor-values';

type Props = { values: EditorValues; change: (patch: Partial<EditorValues>) => void; organizationFixed: boolean };

/** Every field of an offer or request; the page around it saves, submits and runs the pre-checks. */
export function ProfileEditorForm({ values, change, organizationFixed }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCountryOptions();
  const detected = detectLanguage([values.title, values.summary, values.description].join(' '));
  const lang = values.language === 'auto' ? detected : values.language;
  return (
    <Stack gap="md">
      <Fieldset legend={t('partneringWork.editor.what')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!organizationFixed && <OrganizationField value={values.organizationId} onChange={(organizationId) => change({ organizationId })} />}
          <Select label={t('partneringWork.fields.type')} required allowDeselect={false} value={values.type} onChange={(v) => v && change({ type: v as EditorValues['type'] })}
            data={profileTypes.map((value) => ({ value, label: t(`partnering.types.${value}`) }))} />
        </SimpleGrid>
        <TextInput mt="sm" label={t('partneringWork.fields.title')} required maxLength={profileLimits.title} lang={lang} value={values.title} onChange={(e) => change({ title: e.currentTarget.value })} />
        <Textarea mt="sm" label={t('partneringWork.fields.summary')} required autosize minRows={2} maxLength={profileLimits.summary} lang={lang}
          description={t('partneringWork.editor.count', { count: values.summary.length, max: profileLimits.summary })} value={values.summary} onChange={(e) => change({ summary: e.currentTarget.value })} />
        <Textarea mt="sm" label={t('partneringWork.fields.description')} required autosize minRows={5} maxLength={profileLimits.description} lang={lang}
          description={t('partneringWork.editor.descriptionHint', { min: profileLimits.minDescription })} value={values.description} onChange={(e) => change({ description: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <Select label={t('partneringWork.fields.language')} allowDeselect={false} value={values.language} onChange={(v) => v && change({ language: v as EditorValues['language'] })}
            description={t('partneringWork.editor.detected', { language: t(`language.${detected}`) })}
            data={[{ value: 'auto', label: t('partneringWork.editor.autoLanguage', { language: t(`language.${detected}`) }) }, ...textLanguages.map((value) => ({ value, label: t(`language.${value}`) }))]} />
          <TagsInput label={t('partneringWork.fields.keywords')} description={t('partneringWork.editor.keywordsHint')} maxTags={profileLimits.keywords} lang={lang}
            value={values.keywords} onChange={(keywords) => change({ keywords })} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('partneringWork.editor.technology')}>
        <DirectionsField value={values.directionIds} onChange={(directionIds) => change({ directionIds })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <NumberInput label={t('partneringWork.fields.trl')} description={t('partneringWork.editor.trlHint')} min={1} max={9} clampBehavior="strict" allowDecimal={false}
            value={values.trl ?? ''} onChange={(v) => change({ trl: typeof v === 'number' ? v : null })} />
          <Select label={t('partneringWork.fields.ipStatus')} clearable value={values.ipStatus} onChange={(v) => change({ ipStatus: v as EditorValues['ipStatus'] })}
            data={ipStatuses.map((value) => ({ value, label: t(`partneringWork.ipStatuses.${value}`) }))} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('partneringWork.editor.partnership')}>
        <Checkbox.Group label={t('partneringWork.fields.partnershipTypes')} withAsterisk value={values.partnershipTypes} onChange={(v) => change({ partnershipTypes: v as EditorValues['partnershipTypes'] })}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {partnershipTypes.map((type) => <Checkbox key={type} value={type} label={partnershipTypeLabels[type][language]} />)}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <MultiSelect label={t('partneringWork.fields.targetCountries')} searchable clearable value={values.targetCountries} onChange={(targetCountries) => change({ targetCountries })}
            data={[{ group: t('common.partnerCountries'), items: countries.partner }, { group: t('common.allCountries'), items: countries.others }]} />
          <EcosystemsField value={values.targetEcosystemIds} onChange={(targetEcosystemIds) => change({ targetEcosystemIds })} />
          {isInvestment(values.type) && (
            <Select label={t('partneringWork.fields.dealSizeBand')} clearable value={values.dealSizeBand} onChange={(v) => change({ dealSizeBand: v as EditorValues['dealSizeBand'] })}
              data={dealSizeBands.map((value) => ({ value, label: t(`partneringWork.dealSizeBands.${value}`) }))} />
          )}
          <TextInput type="date" label={t('partneringWork.fields.expiresOn')} value={values.expiresOn} onChange={(e) => change({ expiresOn: e.currentTarget.value })} />
        </SimpleGrid>
        <Switch mt="md" label={t('partneringWork.fields.anonymous')} description={t('partneringWork.editor.anonymousHint')} checked={values.anonymous} onChange={(e) => change({ anonymous: e.currentTarget.checked })} />
      </Fieldset>
    </Stack>
  );
}
