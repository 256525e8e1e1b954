import { z } from 'zod';

export const uuidSchema = z.uuid();
export const idParams = z.object({ id: z.uuid() }).strict();

export const errorResponse = z
  .object({
    code: z.string().describe('A stable error code, e.g. VALIDATION_FAILED'),
    message: z.string().describe('A message in the caller\'s language'),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('Error');

/** The query of every list: offset pages, a sort key with an optional leading "-", a free-text query. */
export function listQuery<const Sort extends readonly [string, ...string[]]>(sortKeys: Sort) {
  const sortValues = [...sortKeys, ...sortKeys.map((key) => `-${key}`)] as [string, ...string[]];
  return z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(25),
    sort: z.enum(sortValues).optional(),
    q: z.string().trim().max(200).optional(),
  });
}

/** An opaque keyset cursor (base64url), as the server hands it out in `nextCursor`. */
export const keysetCursor = z.string().regex(/^[A-Za-z0-9_-]{1,1000}$/);

export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export type Page<Item> = { items: Item[]; page: number; pageSize: number; total: number };

export const localizedText = z.object({
  ru: z.string().nullable(),
  en: z.string().nullable(),
  zh: z.string().nullable(),
});
export type LocalizedTextDto = z.infer<typeof localizedText>;

/** A real calendar day, YYYY-MM-DD: not only its shape (2025-02-30 is refused here, not by the database). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, { params: { kind: 'invalid_format' } });
export const timestamp = z.string().describe('ISO 8601 date-time');
