import type { Consent, ConsentKind, Contact } from '../../../shared/contracts/contacts';
import type { ContactConsentState, ContactDisclosure } from './contacts.policy';
import type { ConsentRow, PersonRow } from './contacts.repo';

/** The personal fields of a person: what erasure empties (names and position only if not a signatory). */
export const nameFields = ['fullNameRu', 'fullNameEn', 'fullNameZh', 'positionRu', 'positionEn', 'positionZh'] as const;
export const contactDetailFields = ['email', 'phone', 'languages'] as const;
export const personalFields = [...nameFields, ...contactDetailFields] as const;
export type PersonalField = (typeof personalFields)[number];

/** The personal fields of a row, flat, as the audit log records them. */
export function personalFieldsOf(row: PersonRow): Record<PersonalField, unknown> {
  return Object.fromEntries(personalFields.map((field) => [field, row[field]])) as Record<PersonalField, unknown>;
}

const live = (consents: ConsentRow[], kind: ConsentKind) => consents.find((c) => c.kind === kind && c.withdrawnAt === null);

export function consentStateOf(person: PersonRow, consents: ConsentRow[]): ContactConsentState {
  return { erased: person.erasedAt !== null, processing: Boolean(live(consents, 'processing')), dissemination: Boolean(live(consents, 'dissemination')) };
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    kind: row.kind as ConsentKind,
    purpose: row.purpose,
    scope: row.scope,
    givenOn: row.givenOn,
    source: row.source,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

/** Shapes a person for a caller; the fields a disclosure level does not include are left out here, not in the UI. */
export function toContact(person: PersonRow, consents: ConsentRow[], disclosure: Exclude<ContactDisclosure, 'hidden'>): Contact {
  const showsDetails = disclosure === 'full' || disclosure === 'published';
  const showsConsents = disclosure === 'full' || disclosure === 'tombstone';
  return {
    id: person.id,
    organizationId: person.organizationId!,
    disclosure,
    fullName: { ru: person.fullNameRu, en: person.fullNameEn, zh: person.fullNameZh },
    position: { ru: person.positionRu, en: person.positionEn, zh: person.positionZh },
    email: showsDetails ? person.email : null,
    phone: showsDetails ? person.phone : null,
    languages: showsDetails ? person.languages : [],
    consents: showsConsents ? consents.map(toConsent) : null,
    processingSince: showsConsents ? (live(consents, 'processing')?.givenOn ?? null) : null,
    disseminationSince: showsConsents ? (live(consents, 'dissemination')?.givenOn ?? null) : null,
    erasedAt: person.erasedAt?.toISOString() ?? null,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
