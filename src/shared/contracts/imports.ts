import { z } from 'zod';
import type { membershipStatuses } from '../domain';
import { timestamp } from './common';

/** Fields a spreadsheet column can fill; the export writes exactly the organization fields. */
export const organizationImportFields = [
  'id', 'external_id', 'name_ru', 'name_en', 'name_zh', 'short_name_ru', 'short_name_en', 'short_name_zh', 'kind', 'country', 'region',
  'city_ru', 'city_en', 'city_zh', 'website', 'inn', 'ogrn', 'ogrnip', 'unp', 'uscc', 'okved_main', 'okved_additional', 'directions',
  'size_band', 'founded_year', 'visibility', 'description_ru', 'description_en', 'description_zh', 'headcount', 'revenue_rub', 'exports_rub',
  'membership_status', 'membership_date_from', 'registration_number', 'resident_type',
] as const;
export type OrganizationImportField = (typeof organizationImportFields)[number];

/** File column → field; columns left out are ignored. */
export const columnMapping = z.record(z.string().max(200), z.enum(organizationImportFields));
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importStatuses = ['uploaded', 'checked', 'queued', 'running', 'done', 'failed'] as const;

export const rowIssue = z.object({
  row: z.number().int().describe('Row number in the file, the header being row 1'),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof rowIssue>;

export const importReport = z.object({
  rows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  memberships: z.number().int(),
  errors: z.array(rowIssue),
  /** More errors than the report lists. */
  truncated: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;

export const importRun = z.object({
  id: z.uuid(),
  kind: z.literal('organizations'),
  fileName: z.string(),
  ecosystemId: z.uuid().nullable(),
  status: z.enum(importStatuses),
  columns: z.array(z.string()),
  mapping: columnMapping,
  totalRows: z.number().int(),
  doneRows: z.number().int(),
  report: importReport.nullable(),
  error: z.string().nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});
export type ImportRun = z.infer<typeof importRun>;

export const uploadImportQuery = z.object({
  kind: z.literal('organizations').default('organizations'),
  fileName: z.string().trim().min(1).max(200),
  ecosystemId: z.uuid().optional(),
});

export const checkImportInput = z.object({ mapping: columnMapping }).strict();

export const importPreset = z.object({ id: z.uuid(), name: z.string(), kind: z.literal('organizations'), mapping: columnMapping, createdAt: timestamp });
export const createImportPresetInput = z.object({ name: z.string().trim().min(1).max(100), kind: z.literal('organizations').default('organizations'), mapping: columnMapping }).strict();
export const importPresetList = z.object({ items: z.array(importPreset) });

export const membershipStatusDefault: (typeof membershipStatuses)[number] = 'resident';
