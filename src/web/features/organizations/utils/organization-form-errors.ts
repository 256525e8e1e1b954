import { createOrganizationInput, updateOrganizationInput } from '../../../../shared/contracts/organization-input';
import { errorMessages, fieldIssueMessages } from '../../../../shared/errors';
import { normalizeIdentifier } from '../../../../shared/identifiers';
import type { Language } from '../../../../shared/languages';
import { ApiError } from '../../../lib/api-client';
import { localizeError } from '../../../lib/api-errors';
import { validateForm } from '../../../lib/form-errors';
import { toOrganizationInput, type OrganizationFormValues, type OrganizationInputDraft } from './organization-form-values';

/** Field errors are keyed by the input's path ("identifiers.0.value"), the same for the client check and the server's answer. */
export type FieldErrors = Record<string, string>;

/**
 * Checks the form with the shared schema before sending. A few checks are added because Zod skips
 * an object's refinements while a field inside it fails, and a missing choice deserves "Required".
 */
export function checkOrganizationForm(
  values: OrganizationFormValues,
  mode: 'create' | 'edit',
  withPrivateFigures: boolean,
  language: Language,
): { input: OrganizationInputDraft; fields: FieldErrors } {
  const input = toOrganizationInput(values, withPrivateFigures);
  const checked = validateForm(mode === 'create' ? createOrganizationInput : updateOrganizationInput, input, language);
  const fields: FieldErrors = { ...(checked.fields ?? {}) };
  if (!values.kind) fields.kind = fieldIssueMessages.required[language];
  if (!values.country) fields.country = fieldIssueMessages.required[language];
  if (![values.name.ru, values.name.en, values.name.zh].some((name) => name.trim())) fields.name = fieldIssueMessages.name_required[language];
  return { input, fields };
}

/** The server's answer as field errors: validation issues by path, plus the codes that name a field in their details. */
export function serverFieldErrors(error: unknown, input: OrganizationInputDraft | null, language: Language): FieldErrors {
  const fields: FieldErrors = { ...localizeError(error, language, '').fields };
  if (!(error instanceof ApiError) || !input) return fields;
  if (error.code === 'UNKNOWN_ACTIVITY_CODE') {
    const codes = Array.isArray(error.details?.codes) ? (error.details.codes as string[]) : [];
    const message = `${errorMessages.UNKNOWN_ACTIVITY_CODE[language]} ${codes.join(', ')}`;
    if (input.activityCodes?.main && codes.includes(input.activityCodes.main)) fields['activityCodes.main'] = message;
    if (input.activityCodes?.additional.some((code) => codes.includes(code))) fields['activityCodes.additional'] = message;
  }
  if (error.code === 'IDENTIFIER_TAKEN') {
    const taken = typeof error.details?.value === 'string' ? error.details.value : '';
    const index = (input.identifiers ?? []).findIndex((row) => normalizeIdentifier(row.value) === taken);
    if (index >= 0) fields[`identifiers.${index}.value`] = errorMessages.IDENTIFIER_TAKEN[language];
  }
  return fields;
}
