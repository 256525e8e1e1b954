import { boolean, index, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { organizations } from './registry';

export const indicators = pgTable('indicators', {
  id: id(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru'),
  nameEn: text('name_en'),
  nameZh: text('name_zh'),
  /** A unit code from the shared unit list (people, rub, thousand_rub, percent, pieces, …). */
  unit: text('unit').notNull(),
  level: text('level').notNull(),
  ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
  directionOfGood: text('direction_of_good').notNull().default('increase'),
  baseValue: numeric('base_value', { precision: 24, scale: 4, mode: 'number' }),
  baseYear: integer('base_year'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: id(),
    indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 24, scale: 4, mode: 'number' }).notNull(),
  },
  (t) => [unique('indicator_targets_year').on(t.indicatorId, t.year)],
);

export const indicatorActuals = pgTable(
  'indicator_actuals',
  {
    id: id(),
    indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 24, scale: 4, mode: 'number' }).notNull(),
    source: text('source'),
    /** Demo values are marked so that nobody mistakes them for official statistics. */
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_actuals_indicator_idx').on(t.indicatorId), unique('indicator_actuals_year').on(t.indicatorId, t.year)],
);
