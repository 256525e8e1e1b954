import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Organization } from '../../../../shared/contracts/registry';
import { useLanguage } from '../../../lib/use-language';
import { useCreateOrganization } from '../api/create-organization';
import { useUpdateOrganization } from '../api/update-organization';
import { checkOrganizationForm, serverFieldErrors } from '../utils/organization-form-errors';
import { emptyOrganizationValues, organizationFormValues, type OrganizationFormValues, type OrganizationInputDraft } from '../utils/organization-form-values';
import { ActivityCodesFields } from './activity-codes-fields';
import { DirectionsPicker } from './directions-picker';
import { FiguresFields } from './figures-fields';
import { IdentifiersEditor } from './identifiers-editor';
import { KindLocationFields } from './kind-location-fields';
import { LocalizedInputs } from './localized-inputs';
import { NamesFields } from './names-fields';
import { SubmitProblems } from './submit-problems';
import { VisibilityField } from './visibility-field';
import { notify } from '../../../components/ui/notify';

function Section({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} variant="filled" styles={{ legend: { fontWeight: 650 } }}>
      <Stack gap="sm">
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Fieldset>
  );
}

/** Creates an organization, or edits the given one. Checked by the shared schema before sending. */
export function OrganizationForm({ organization }: { organization?: Organization }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const createOrganization = useCreateOrganization();
  const updateOrganization = useUpdateOrganization();
  const mutation = organization ? updateOrganization : createOrganization;
  const [values, setValues] = useState<OrganizationFormValues>(() => (organization ? organizationFormValues(organization) : emptyOrganizationValues()));
  // Field problems show after a first save attempt, or for a field the person has left.
  const [submitted, setSubmitted] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [sentInput, setSentInput] = useState<OrganizationInputDraft | null>(null);
  const withPrivateFigures = !organization || organization.privateFigures !== null;

  const mode = organization ? 'edit' : 'create';
  const clientErrors = checkOrganizationForm(values, mode, withPrivateFigures, language).fields;
  const shownClientErrors = Object.fromEntries(Object.entries(clientErrors).filter(([path]) => submitted || left.has(path)));
  const errors = { ...(mutation.error ? serverFieldErrors(mutation.error, sentInput, language) : {}), ...shownClientErrors };
  const hasClientErrors = submitted && Object.keys(clientErrors).length > 0;

  const change = (next: Partial<OrganizationFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    if (mutation.error) mutation.reset(); // an answer about the old values no longer applies
  };
  const leave = (path: string) => setLeft((current) => new Set(current).add(path));

  // After a refused save, the first marked field gets focus, so the keyboard lands where the work is.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest) document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function save(confirmNotDuplicate = false) {
    setSubmitted(true);
    const { input, fields } = checkOrganizationForm(values, mode, withPrivateFigures, language);
    if (Object.keys(fields).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setSentInput(input);
    const done = (saved: Organization) => {
      notify(organization ? t('organizationForm.saved') : t('organizationForm.created'), 'green');
      void navigate(`/organizations/${saved.id}`);
    };
    const refused = () => setFocusRequest((n) => n + 1);
    if (organization) updateOrganization.mutate({ id: organization.id, input }, { onSuccess: done, onError: refused });
    else createOrganization.mutate({ ...input, confirmNotDuplicate }, { onSuccess: done, onError: refused });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Section legend={t('organizationForm.names')} hint={t('organizationForm.namesHint')}>
          <NamesFields value={values} onChange={change} errors={errors} exceptId={organization?.id} />
        </Section>
        <Section legend={t('organizationForm.kindAndLocation')}>
          <KindLocationFields value={values} onChange={change} onBlurField={leave} errors={errors} />
        </Section>
        <Section legend={t('organizationForm.description')} hint={t('organizationForm.descriptionHint')}>
          <LocalizedInputs path="description" label={t('organizationForm.description')} value={values.description} onChange={(description) => change({ description })} errors={errors} multiline maxLength={10_000} />
        </Section>
        <Section legend={t('organizationForm.directions')} hint={t('organizationForm.directionsHint')}>
          <DirectionsPicker value={values.directionIds} onChange={(directionIds) => change({ directionIds })} error={errors.directionIds} />
        </Section>
        <Section legend={t('organizationForm.identifiers')} hint={t('organizationForm.identifiersHint')}>
          <IdentifiersEditor value={values.identifiers} onChange={(identifiers) => change({ identifiers })} onBlurValue={leave} errors={errors} />
        </Section>
        <Section legend={t('organizationForm.activityCodes')} hint={t('organizationForm.activityHint')}>
          <ActivityCodesFields
            main={values.activityMain}
            additional={values.activityAdditional}
            onChange={(next) => change({ ...(next.main !== undefined ? { activityMain: next.main } : {}), ...(next.additional ? { activityAdditional: next.additional } : {}) })}
            onBlurMain={() => leave('activityCodes.main')}
            errors={errors}
          />
        </Section>
        <Section legend={t('organizationForm.figures')}>
          <FiguresFields value={values} onChange={change} errors={errors} withPrivateFigures={withPrivateFigures} />
        </Section>
        <Section legend={t('organizationForm.visibility')}>
          <VisibilityField value={values.visibility} onChange={(visibility) => change({ visibility })} error={errors.visibility} />
        </Section>
        <SubmitProblems error={mutation.error} hasFieldErrors={hasClientErrors} onCreateAnyway={() => save(true)} pending={mutation.isPending} />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={organization ? `/organizations/${organization.id}` : '/organizations'}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {organization ? t('common.save') : t('organizationForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
