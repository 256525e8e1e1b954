import { z } from 'zod';
import { fordCodePattern, isFordCode } from '../ford';
import { okvedSections } from '../okved-sections';
import { localizedText } from './common';

/** A label every direction has in all three languages: it is what matching and reports show. */
const requiredLabel = z.string().trim().min(1).max(200);
export const directionLabels = z.object({ ru: requiredLabel, en: requiredLabel, zh: requiredLabel }).strict();

/** Descriptions are optional; an empty text clears one. */
const optionalDescription = z.string().trim().max(1000).nullable().optional().transform((text) => (text ? text : null));
export const directionDescriptions = z.object({ ru: optionalDescription, en: optionalDescription, zh: optionalDescription }).strict();

export const fordCodeInput = z
  .string()
  .regex(fordCodePattern, { abort: true })
  .refine(isFordCode, 'Not a field of the OECD FORD classification')
  .describe('OECD Fields of R&D (Frascati 2015), e.g. 1.02 or 2.09');
export const okvedSectionInput = z.enum(okvedSections).describe('ОКВЭД2 / NACE Rev. 2 section, when the direction is an industry');

export const directionUsage = z.object({
  organizations: z.number().int(),
  agreements: z.number().int(),
});

export const taxonomyDirection = z.object({
  id: z.uuid(),
  code: z.string(),
  parentId: z.uuid().nullable(),
  label: z.object({ ru: z.string(), en: z.string(), zh: z.string() }),
  description: localizedText,
  fordCode: z.string().nullable(),
  okvedSection: z.enum(okvedSections).nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Whether the direction can be deleted follows from it: only administrators get it. */
  usage: directionUsage.nullable().describe('How many organizations and agreements use it; null unless the caller is an administrator'),
});
export type TaxonomyDirection = z.infer<typeof taxonomyDirection>;
export const taxonomyList = z.object({ items: z.array(taxonomyDirection) });

export const listTaxonomyQuery = z.object({
  includeInactive: z.enum(['true', 'false']).optional().describe('Administrators only: include deactivated directions'),
});

export const createDirectionInput = z
  .object({
    code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,63}$/).describe('Stable snake_case code; cannot be changed later'),
    parentId: z.uuid().nullable().default(null),
    label: directionLabels,
    description: directionDescriptions.default({ ru: null, en: null, zh: null }),
    fordCode: fordCodeInput,
    okvedSection: okvedSectionInput.nullable().default(null),
    sortOrder: z.number().int().min(0).max(1_000_000).optional().describe('Position among its siblings; after the last one when left out'),
  })
  .strict();
export type CreateDirectionInput = z.infer<typeof createDirectionInput>;

/** The code is not here on purpose: it is the direction's identity in imports, filters and links. */
export const updateDirectionInput = z
  .object({
    parentId: z.uuid().nullable().optional(),
    label: directionLabels.optional(),
    description: directionDescriptions.optional(),
    fordCode: fordCodeInput.optional(),
    okvedSection: okvedSectionInput.nullable().optional(),
    sortOrder: z.number().int().min(0).max(1_000_000).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateDirectionInput = z.infer<typeof updateDirectionInput>;
