import { z } from 'zod';
import { countryCode } from './reference';
import { agreementKinds, organizationKinds } from '../domain';
import { isoDate, localizedText } from './common';

/** [start, end) offsets into the text the server read (HTML already reduced to its text). */
export const textSpan = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const found = <T extends z.ZodType>(value: T) => z.object({ value, span: textSpan, confidence: z.number().min(0).max(1), rule: z.string() });

export const draftFromTextInput = z
  .object({
    // The 100 KB limit is checked on the bytes, with its own error code; this bound only stops abuse early.
    text: z.string().max(400_000),
    publishedOn: isoDate.nullish(),
  })
  .strict();
export type DraftFromTextInput = z.infer<typeof draftFromTextInput>;

export const registryCandidate = z.object({ id: z.uuid(), name: localizedText, country: z.string().nullable(), score: z.number(), matchedWords: z.array(z.string()) });
export const draftParty = z.object({
  asWritten: z.string(),
  /** The name in the nominative, for a new organization. */
  name: z.string(),
  span: textSpan,
  confidence: z.number(),
  rule: z.string(),
  match: z.object({ status: z.enum(['matched', 'ambiguous', 'new']), organizationId: z.uuid().nullable(), candidates: z.array(registryCandidate) }),
});
export const draftSignatory = z.object({
  asWritten: z.string(),
  fullName: z.string(),
  span: textSpan,
  confidence: z.number(),
  position: found(z.string()).nullable(),
  partyIndex: z.number().int().nullable(),
  /** A person of the registry with this name in the party's organization, if there is one. */
  personId: z.uuid().nullable(),
});
export const draftDirection = z.object({
  asWritten: z.string(), name: z.string(), span: textSpan, confidence: z.number(),
  directionId: z.uuid().nullable(), directionCode: z.string().nullable(), label: localizedText.nullable(),
});
export const agreementDraft = z.object({
  kind: found(z.enum(agreementKinds)),
  title: z.string(),
  parties: z.array(draftParty),
  signatories: z.array(draftSignatory),
  directions: z.array(draftDirection),
  occasion: found(z.string()).nullable(),
  place: found(z.string()).nullable(),
  signedOn: found(isoDate).nullable(),
});
export type AgreementDraft = z.infer<typeof agreementDraft>;

export const draftsFromText = z.object({
  text: z.string(),
  wasHtml: z.boolean(),
  drafts: z.array(agreementDraft),
  /** Why there is no draft. */
  reason: z.enum(['no_agreement_found', 'not_russian']).nullable(),
});
export type DraftsFromText = z.infer<typeof draftsFromText>;

const name = (max: number) => z.string().trim().min(1).max(max);
export const acceptedParty = z.union([
  z.object({ organizationId: z.uuid() }).strict(),
  z.object({ newOrganization: z.object({ name: name(500), kind: z.enum(organizationKinds).default('company'), country: countryCode.default('RU') }).strict() }).strict(),
]);
export const acceptedAgreement = z
  .object({
    kind: z.enum(agreementKinds),
    title: name(1000),
    signedOn: isoDate.nullable().default(null),
    place: z.string().trim().max(300).nullable().default(null),
    occasion: z.string().trim().max(1000).nullable().default(null),
    parties: z.array(acceptedParty).min(1).max(10),
    signatories: z.array(z.object({ partyIndex: z.number().int().min(0).max(9), personId: z.uuid().nullish(), fullName: name(300), position: z.string().trim().max(300).nullish() }).strict()).max(20).default([]),
    directionIds: z.array(z.uuid()).max(30).default([]),
  })
  .strict();
export const acceptDraftsInput = z
  .object({ text: z.string().max(400_000), publishedOn: isoDate.nullish(), agreements: z.array(acceptedAgreement).min(1).max(10) })
  .strict();
export type AcceptDraftsInput = z.infer<typeof acceptDraftsInput>;
export const acceptDraftsResult = z.object({ agreementIds: z.array(z.uuid()), organizationIds: z.array(z.uuid()), personIds: z.array(z.uuid()) });
export type AcceptDraftsResult = z.infer<typeof acceptDraftsResult>;
