import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { storedFiles } from './files';
import { users } from './identity';
import { organizations } from './registry';

/** Saved column mappings for spreadsheet imports, per user (and ecosystem, for park managers). */
export const importPresets = pgTable('import_presets', {
  id: id(),
  ownerUserId: uuid('owner_user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  createdAt: createdAt(),
});

/** One import: the file, its dry-run report, and its progress when committed as a background job. */
export const importRuns = pgTable(
  'import_runs',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id),
    ecosystemId: uuid('ecosystem_id').references(() => organizations.id),
    kind: text('kind').notNull(),
    fileId: uuid('file_id').notNull().references(() => storedFiles.id),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    doneRows: integer('done_rows').notNull().default(0),
    report: jsonb('report').$type<unknown>(),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_runs_user_idx').on(t.userId)],
);
