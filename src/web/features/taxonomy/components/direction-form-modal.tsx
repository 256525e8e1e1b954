import { Button, Fieldset, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createDirectionInput, updateDirectionInput, type TaxonomyDirection } from '../../../../shared/contracts/taxonomy';
import { fieldIssueMessages } from '../../../../shared/errors';
import { fordCodes, fordFields } from '../../../../shared/ford';
import { languages, type Language } from '../../../../shared/languages';
import { okvedSectionNames, okvedSections } from '../../../../shared/okved-sections';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useCreateDirection } from '../api/create-direction';
import { useUpdateDirection } from '../api/update-direction';
import { branchIds, buildDirectionTree, flattenTree } from './direction-tree-model';
import { notify } from '../../../components/ui/notify';

type DirectionFormModalProps = {
  onClose: () => void;
  /** Every direction, for the parent picker. */
  all: readonly TaxonomyDirection[];
  /** Edit this direction; without it, create one under `parentId`. */
  direction?: TaxonomyDirection;
  parentId?: string | null;
};

type Texts = Record<Language, string>;
const emptyTexts = (): Texts => ({ ru: '', en: '', zh: '' });
const topLevel = '';

/** Creates or edits a direction; all three names are required, and the same schema as the server checks them first. */
export function DirectionFormModal({ onClose, all, direction, parentId = null }: DirectionFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const createDirection = useCreateDirection();
  const updateDirection = useUpdateDirection();
  const mutation = direction ? updateDirection : createDirection;
  const [code, setCode] = useState('');
  const [parent, setParent] = useState(direction?.parentId ?? parentId ?? topLevel);
  const [labels, setLabels] = useState<Texts>(direction ? { ...direction.label } : emptyTexts());
  const [descriptions, setDescriptions] = useState<Texts>(() => {
    const texts = emptyTexts();
    for (const l of languages) texts[l] = direction?.description[l] ?? '';
    return texts;
  });
  const [fordCode, setFordCode] = useState<string | null>(direction?.fordCode ?? null);
  const [okvedSection, setOkvedSection] = useState<string | null>(direction?.okvedSection ?? null);
  const [active, setActive] = useState(direction?.active ?? true);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = mutation.error ? localizeError(mutation.error, language, '').fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  const parentOptions = useMemo(() => {
    const excluded = direction ? branchIds(all, direction.id) : new Set<string>();
    const options = flattenTree(buildDirectionTree(all))
      .filter(({ direction: d }) => !excluded.has(d.id))
      .map(({ direction: d, depth }) => ({ value: d.id, label: `${'· '.repeat(depth)}${d.label[language]} (${d.code})` }));
    return [{ value: topLevel, label: t('taxonomy.topLevel') }, ...options];
  }, [all, direction, language, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      ...(direction ? {} : { code: code.trim() }),
      parentId: parent === topLevel ? null : parent,
      label: labels,
      description: descriptions,
      ...(fordCode ? { fordCode } : {}),
      okvedSection: okvedSection ?? null,
      ...(direction ? { active } : {}),
    };
    const checked = direction ? validateForm(updateDirectionInput, values, language) : validateForm(createDirectionInput, values, language);
    const fields = { ...(checked.fields ?? {}) };
    // An empty name is "required", not "too short": say what the person has to do.
    for (const l of languages) if (!labels[l].trim()) fields[`label.${l}`] = fieldIssueMessages.required[language];
    if (!fordCode) fields.fordCode = fieldIssueMessages.required[language];
    if (!direction && !code.trim()) fields.code = fieldIssueMessages.required[language];
    setClientErrors(fields);
    if (!checked.data || Object.keys(fields).length > 0) {
      // The form is long: take the person to the first field that needs them.
      const form = event.currentTarget as HTMLFormElement;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const done = (message: string) => () => {
      notify(message, 'green');
      onClose();
    };
    if (direction) updateDirection.mutate({ id: direction.id, input: checked.data }, { onSuccess: done(t('common.saved')) });
    else createDirection.mutate(checked.data as Parameters<typeof createDirection.mutate>[0], { onSuccess: done(t('taxonomy.created')) });
  }

  return (
    <AppModal opened onClose={onClose} title={direction ? t('taxonomy.editTitle') : t('taxonomy.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {direction ? (
            <TextInput label={t('taxonomy.code')} value={direction.code} readOnly description={t('taxonomy.codeHint')} />
          ) : (
            <TextInput label={t('taxonomy.code')} required value={code} onChange={(e) => setCode(e.currentTarget.value)} description={t('taxonomy.codeHint')} error={errors.code} autoComplete="off" />
          )}
          <Select label={t('taxonomy.parent')} data={parentOptions} value={parent} onChange={(value) => setParent(value ?? topLevel)} searchable allowDeselect={false} error={errors.parentId} comboboxProps={{ withinPortal: true }} />
          <Fieldset legend={t('taxonomy.labelsLegend')}>
            <Stack gap="sm">
              {languages.map((l) => (
                <TextInput
                  key={l}
                  lang={l}
                  label={t('taxonomy.labelIn', { language: t(`language.${l}`) })}
                  required
                  value={labels[l]}
                  onChange={(e) => setLabels({ ...labels, [l]: e.currentTarget.value })}
                  error={errors[`label.${l}`]}
                />
              ))}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('taxonomy.descriptionsLegend')}>
            <Stack gap="sm">
              {languages.map((l) => (
                <Textarea
                  key={l}
                  lang={l}
                  label={t('taxonomy.descriptionIn', { language: t(`language.${l}`) })}
                  autosize
                  minRows={2}
                  value={descriptions[l]}
                  onChange={(e) => setDescriptions({ ...descriptions, [l]: e.currentTarget.value })}
                  error={errors[`description.${l}`]}
                />
              ))}
            </Stack>
          </Fieldset>
          <Select
            label={t('taxonomy.fordCode')}
            required
            searchable
            data={fordCodes.map((value) => ({ value, label: `${value} ${fordFields[value][language]}` }))}
            value={fordCode}
            onChange={setFordCode}
            error={errors.fordCode}
          />
          <Select
            label={t('taxonomy.okvedSection')}
            clearable
            placeholder={t('taxonomy.okvedNone')}
            data={okvedSections.map((value) => ({ value, label: `${value} ${okvedSectionNames[value][language]}` }))}
            value={okvedSection}
            onChange={setOkvedSection}
            error={errors.okvedSection}
          />
          {direction && <Switch label={t('taxonomy.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {direction ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
