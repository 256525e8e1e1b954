import { pgTable, text } from 'drizzle-orm/pg-core';

/** ОКВЭД2 (ОК 029-2014), harmonised with NACE Rev. 2: loaded from the official classifier at start. */
export const okvedCodes = pgTable('okved_codes', {
  code: text('code').primaryKey(),
  section: text('section').notNull(),
  parentCode: text('parent_code'),
  nameRu: text('name_ru').notNull(),
});
