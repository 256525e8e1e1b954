import type { createOrganizationInput } from '../../../../shared/contracts/organization-input';
import type { Organization } from '../../../../shared/contracts/registry';
import type { OrganizationKind, Visibility, sizeBands } from '../../../../shared/domain';
import type { IdentifierScheme } from '../../../../shared/identifiers';
import type { Language } from '../../../../shared/languages';
import type { z } from 'zod';

/**
 * The form keeps what a person types (strings, '' for empty); `toOrganizationInput` turns it into
 * the API's input, which the shared Zod schema then checks, so the form and the server agree.
 */

export type LocalizedDraft = Record<Language, string>;
export type IdentifierDraft = { key: string; scheme: IdentifierScheme; value: string };
export type SizeBand = (typeof sizeBands)[number];
type NumberDraft = number | string;

export type OrganizationFormValues = {
  name: LocalizedDraft;
  shortName: LocalizedDraft;
  kind: OrganizationKind | null;
  country: string | null;
  region: string;
  city: LocalizedDraft;
  website: string;
  description: LocalizedDraft;
  directionIds: string[];
  identifiers: IdentifierDraft[];
  activityMain: string;
  activityAdditional: string[];
  sizeBand: SizeBand | null;
  foundedYear: NumberDraft;
  headcount: NumberDraft;
  revenueRub: NumberDraft;
  exportsRub: NumberDraft;
  visibility: Visibility;
};

const emptyText = (): LocalizedDraft => ({ ru: '', en: '', zh: '' });
const draftOf = (text: { ru: string | null; en: string | null; zh: string | null }): LocalizedDraft => ({ ru: text.ru ?? '', en: text.en ?? '', zh: text.zh ?? '' });

let nextKey = 0;
/** Rows need stable keys so that removing one does not move focus or errors to its neighbour. */
export const newIdentifierRow = (scheme: IdentifierScheme = 'inn', value = ''): IdentifierDraft => ({ key: `identifier-${nextKey++}`, scheme, value });

export function emptyOrganizationValues(): OrganizationFormValues {
  return {
    name: emptyText(),
    shortName: emptyText(),
    kind: null,
    country: 'RU',
    region: '',
    city: emptyText(),
    website: '',
    description: emptyText(),
    directionIds: [],
    identifiers: [],
    activityMain: '',
    activityAdditional: [],
    sizeBand: null,
    foundedYear: '',
    headcount: '',
    revenueRub: '',
    exportsRub: '',
    visibility: 'public',
  };
}

export function organizationFormValues(organization: Organization): OrganizationFormValues {
  const figures = organization.privateFigures;
  return {
    name: draftOf(organization.name),
    shortName: draftOf(organization.shortName),
    kind: organization.kind,
    country: organization.country,
    region: organization.region ?? '',
    city: draftOf(organization.city),
    website: organization.website ?? '',
    description: draftOf(organization.description),
    directionIds: organization.directions.map((direction) => direction.id),
    identifiers: organization.identifiers.map((identifier) => newIdentifierRow(identifier.scheme, identifier.value)),
    activityMain: organization.activityCodes.find((code) => code.isMain)?.code ?? '',
    activityAdditional: organization.activityCodes.filter((code) => !code.isMain).map((code) => code.code),
    sizeBand: organization.sizeBand,
    foundedYear: organization.foundedYear ?? '',
    headcount: figures?.headcount ?? '',
    revenueRub: figures?.revenueRub ?? '',
    exportsRub: figures?.exportsRub ?? '',
    visibility: organization.visibility,
  };
}

const numberOrNull = (value: NumberDraft): number | null => (typeof value === 'number' ? value : null);

/** "example.org" is what people type for a website; the API wants the scheme. */
function withScheme(website: string): string | null {
  const trimmed = website.trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export type OrganizationInputDraft = Omit<z.input<typeof createOrganizationInput>, 'confirmNotDuplicate'>;

/**
 * The API input for the form. `withPrivateFigures` is false when the caller cannot see the
 * figures: sending the empty fields would erase figures they were never shown.
 */
export function toOrganizationInput(values: OrganizationFormValues, withPrivateFigures = true): OrganizationInputDraft {
  const input: OrganizationInputDraft = {
    name: values.name,
    shortName: values.shortName,
    // Left undefined when not chosen, so the schema reports the field as missing.
    kind: values.kind ?? (undefined as unknown as OrganizationKind),
    country: values.country ?? '',
    region: values.region.trim().toUpperCase() || null,
    city: values.city,
    website: withScheme(values.website),
    description: values.description,
    directionIds: values.directionIds,
    // Every row is sent, empty ones too, so that error paths (identifiers.N.value) point at the row on screen.
    identifiers: values.identifiers.map(({ scheme, value }) => ({ scheme, value })),
    activityCodes: { main: values.activityMain.trim() || null, additional: values.activityAdditional.map((code) => code.trim()).filter(Boolean) },
    sizeBand: values.sizeBand,
    foundedYear: numberOrNull(values.foundedYear),
    visibility: values.visibility,
  };
  if (withPrivateFigures) {
    input.privateFigures = { headcount: numberOrNull(values.headcount), revenueRub: numberOrNull(values.revenueRub), exportsRub: numberOrNull(values.exportsRub) };
  }
  return input;
}
