import { z } from 'zod';
import { countryCode } from './reference';
import { organizationKinds, sizeBands, visibilities } from '../domain';
import { identifierSchemes, isValidIdentifier, normalizeIdentifier } from '../identifiers';

/** Writes of organizations: one schema drives the API's validation and the web form. */

const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));
const localizedInput = (max: number) => z.object({ ru: text(max), en: text(max), zh: text(max) }).strict();

export const identifierInput = z
  .object({ scheme: z.enum(identifierSchemes), value: z.string().trim().min(1).max(40).transform(normalizeIdentifier) })
  .strict()
  .superRefine((identifier, context) => {
    if (!isValidIdentifier(identifier.scheme, identifier.value)) {
      context.addIssue({ code: 'custom', path: ['value'], params: { kind: 'invalid_identifier' } });
    }
  });
export type IdentifierInput = z.infer<typeof identifierInput>;

/** ОКВЭД2 code shapes: NN, NN.N, NN.NN, NN.NN.N, NN.NN.NN; whether the code exists is checked on the server. */
export const activityCode = z.string().regex(/^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/);

export const privateFiguresInput = z
  .object({
    headcount: z.number().int().min(0).max(10_000_000).nullable(),
    revenueRub: z.number().min(0).max(1e15).nullable(),
    exportsRub: z.number().min(0).max(1e15).nullable(),
  })
  .partial()
  .strict();

export const organizationNameInput = localizedInput(500);

const organizationFields = {
  name: organizationNameInput,
  shortName: localizedInput(200).optional(),
  kind: z.enum(organizationKinds),
  country: countryCode,
  region: text(20),
  city: localizedInput(200).optional(),
  website: z.url({ protocol: /^https?$/ }).max(300).nullish(),
  description: localizedInput(10_000).optional(),
  directionIds: z.array(z.uuid()).max(30),
  sizeBand: z.enum(sizeBands).nullish(),
  foundedYear: z.number().int().min(1700).max(2100).nullish(),
  visibility: z.enum(visibilities),
  identifiers: z.array(identifierInput).max(6),
  activityCodes: z.object({ main: activityCode.nullable(), additional: z.array(activityCode).max(50) }).strict(),
  privateFigures: privateFiguresInput,
  externalId: text(100),
};

const hasAName = (value: { name?: { ru: string | null; en: string | null; zh: string | null } }) =>
  !value.name || Boolean(value.name.ru || value.name.en || value.name.zh);
const nameIssue = { path: ['name'], params: { kind: 'name_required' } };

export const createOrganizationInput = z
  .object({
    ...organizationFields,
    directionIds: organizationFields.directionIds.default([]),
    visibility: organizationFields.visibility.default('public'),
    identifiers: organizationFields.identifiers.default([]),
    activityCodes: organizationFields.activityCodes.optional(),
    privateFigures: organizationFields.privateFigures.optional(),
    /** Set after the user has looked at the likely duplicates and decided this one is new. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .strict()
  .refine(hasAName, nameIssue);
export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;

export const updateOrganizationInput = z
  .object(organizationFields)
  .partial()
  .strict()
  .refine(hasAName, nameIssue);
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationInput>;

export const mergeOrganizationsInput = z.object({ intoId: z.uuid() }).strict();

export const duplicateCandidate = z.object({
  id: z.uuid(),
  name: z.object({ ru: z.string().nullable(), en: z.string().nullable(), zh: z.string().nullable() }),
  country: z.string(),
  similarity: z.number(),
  reason: z.enum(['similar_name', 'same_identifier']),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
