import { z } from 'zod';
import { iso6391Codes } from '../iso-639-1';
import { isoDate, localizedText, timestamp } from './common';

/**
 * Contacts of organizations: persons with their personal data under 152-FZ. What a caller sees of
 * a contact is decided on the server (`contacts.policy.ts`); these schemas only shape it.
 */
export const consentKinds = ['processing', 'dissemination'] as const;
export type ConsentKind = (typeof consentKinds)[number];

const optionalText = (max: number) =>
  z.string().trim().max(max).nullish().transform((value) => (value ? value : null));

/** A name or a position in the three forms; blank forms become null. */
const localizedInput = (max: number) =>
  z.object({ ru: optionalText(max), en: optionalText(max), zh: optionalText(max) }).strict();

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const contactEmail = z.preprocess(emptyToNull, z.email().max(254).nullish()).transform((value) => value?.toLowerCase() ?? null);

/**
 * E.164: "+", a country code and up to 15 digits. Spaces, dashes, dots and brackets that people
 * type are dropped first; a number without the country code ("8 914 …") is refused, since the
 * network spans several countries.
 */
export const contactPhone = z
  .preprocess(
    (value) => (typeof value === 'string' ? emptyToNull(value.replace(/[\s\-().]/g, '')) : value),
    z.string().regex(/^\+[1-9]\d{6,14}$/, 'E.164').nullish(),
  )
  .transform((value) => value ?? null);

export const contactLanguages = z
  .array(z.enum(iso6391Codes))
  .max(20)
  .transform((codes) => [...new Set(codes)]);

/** A consent as the operator recorded it: what for, to what extent, when and how it was given. */
export const consentInput = z
  .object({
    purpose: z.string().trim().min(1).max(1000),
    scope: z.string().trim().min(1).max(1000),
    givenOn: isoDate,
    source: z.string().trim().min(1).max(500),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInput>;

const hasAName = (name: { ru: string | null; en: string | null; zh: string | null }) => Boolean(name.ru || name.en || name.zh);

export const createContactInput = z
  .object({
    fullName: localizedInput(200).refine(hasAName, { message: 'At least one form of the name' }),
    position: localizedInput(300).default({ ru: null, en: null, zh: null }),
    email: contactEmail.default(null),
    phone: contactPhone.default(null),
    languages: contactLanguages.default([]),
    /** No contact without a consent to processing; dissemination is optional. */
    consents: z.object({ processing: consentInput, dissemination: consentInput.optional() }).strict(),
  })
  .strict();
export type CreateContactInput = z.infer<typeof createContactInput>;

export const updateContactInput = z
  .object({
    fullName: localizedInput(200).refine(hasAName, { message: 'At least one form of the name' }).optional(),
    position: localizedInput(300).optional(),
    email: contactEmail.optional(),
    phone: contactPhone.optional(),
    languages: contactLanguages.optional(),
  })
  .strict();
export type UpdateContactInput = z.infer<typeof updateContactInput>;

export const addConsentInput = consentInput.extend({ kind: z.enum(consentKinds) }).strict();
export type AddConsentInput = z.infer<typeof addConsentInput>;

export const withdrawConsentInput = z.object({ kind: z.enum(consentKinds) }).strict();

export const consent = z.object({
  id: z.uuid(),
  kind: z.enum(consentKinds),
  purpose: z.string(),
  scope: z.string(),
  givenOn: z.string(),
  source: z.string(),
  withdrawnAt: timestamp.nullable(),
});
export type Consent = z.infer<typeof consent>;

export const contactDisclosures = ['full', 'published', 'name_only', 'tombstone'] as const;

export const contact = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  disclosure: z
    .enum(contactDisclosures)
    .describe('full: everything incl. consents; published: with dissemination consent; name_only: name and position; tombstone: erased'),
  fullName: localizedText,
  position: localizedText,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  consents: z.array(consent).nullable().describe('Only for those who manage the contact'),
  /** Live consents, shown as badges; the dates tell since when. */
  processingSince: z.string().nullable(),
  disseminationSince: z.string().nullable(),
  erasedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Contact = z.infer<typeof contact>;

export const contactList = z.object({
  items: z.array(contact),
  canManage: z.boolean().describe('Whether the caller may add, edit and withdraw consents here'),
});
export type ContactList = z.infer<typeof contactList>;
