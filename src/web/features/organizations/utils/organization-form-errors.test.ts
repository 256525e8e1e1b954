import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldIssueMessages } from '../../../../shared/errors';
import { en, ru } from '../../../i18n/messages';
import { ApiError } from '../../../lib/api-client';
import { checkOrganizationForm, serverFieldErrors } from './organization-form-errors';
import { emptyOrganizationValues, newIdentifierRow, toOrganizationInput, type OrganizationFormValues } from './organization-form-values';

const filled = (changes: Partial<OrganizationFormValues> = {}): OrganizationFormValues => ({
  ...emptyOrganizationValues(),
  name: { ru: 'ООО «Полярный лёд»', en: '', zh: '' },
  kind: 'company',
  ...changes,
});

describe('the organization form, checked before sending', () => {
  it('accepts a name in one language and a valid ИНН', () => {
    const { input, fields } = checkOrganizationForm(filled({ identifiers: [newIdentifierRow('inn', '7707 083 893')] }), 'create', true, 'ru');
    expect(fields).toEqual({});
    expect(input.identifiers).toEqual([{ scheme: 'inn', value: '7707 083 893' }]);
  });

  it('says a bad ИНН fails its checksum, on that row, in the reader language', () => {
    const { fields } = checkOrganizationForm(filled({ identifiers: [newIdentifierRow('ogrn', '1027700132195'), newIdentifierRow('inn', '7707083894')] }), 'create', true, 'zh');
    expect(fields).toEqual({ 'identifiers.1.value': fieldIssueMessages.invalid_identifier.zh });
  });

  it('asks for a name, a kind and a country', () => {
    const { fields } = checkOrganizationForm({ ...emptyOrganizationValues(), country: null }, 'create', true, 'en');
    expect(fields).toMatchObject({ name: fieldIssueMessages.name_required.en, kind: fieldIssueMessages.required.en, country: fieldIssueMessages.required.en });
  });

  it('checks ОКВЭД2 code shapes and the founded year', () => {
    const { fields } = checkOrganizationForm(filled({ activityMain: '62.1x', activityAdditional: ['72.19', '7'], foundedYear: 1600 }), 'edit', true, 'ru');
    expect(Object.keys(fields).sort()).toEqual(['activityCodes.additional.1', 'activityCodes.main', 'foundedYear']);
  });

  it('adds the scheme to a bare website and leaves out figures the caller cannot see', () => {
    const input = toOrganizationInput(filled({ website: 'example.org', headcount: 12 }), false);
    expect(input.website).toBe('https://example.org');
    expect(input).not.toHaveProperty('privateFigures');
  });
});

describe('the server answer, as field errors', () => {
  // The app reads the API's error texts from the loaded interface texts (ADR 040).
  beforeAll(() => i18next.init({ resources: { ru: { translation: ru }, en: { translation: en } }, showSupportNotice: false }));
  const input = toOrganizationInput(filled({ identifiers: [newIdentifierRow('inn', '7707-083893')], activityMain: '62.01', activityAdditional: ['99.99'] }));

  it('puts validation issues on the field named by their path', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', { issues: [{ path: 'body.identifiers.0.value', kind: 'invalid_identifier' }] });
    expect(serverFieldErrors(error, input, 'ru')).toEqual({ 'identifiers.0.value': fieldIssueMessages.invalid_identifier.ru });
  });

  it('puts an unknown ОКВЭД2 code on the list that holds it, and a taken identifier on its row', () => {
    expect(Object.keys(serverFieldErrors(new ApiError(400, 'UNKNOWN_ACTIVITY_CODE', 'x', { codes: ['99.99'] }), input, 'en'))).toEqual(['activityCodes.additional']);
    expect(Object.keys(serverFieldErrors(new ApiError(409, 'IDENTIFIER_TAKEN', 'x', { value: '7707083893' }), input, 'en'))).toEqual(['identifiers.0.value']);
  });
});
