import { z } from 'zod';
import { actualStatuses, indicatorUnits, periodKinds } from '../domain';
import { isoDate, localizedText } from './common';

/** Reporting campaigns: which organizations owe which indicators for which period, by when. */
const organizationRef = z.object({ id: z.uuid(), name: localizedText });

export const reportingCampaignInput = z.object({
  title: z.string().trim().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  periodKind: z.enum(periodKinds),
  periodIndex: z.number().int().min(0).max(12).default(0),
  dueOn: isoDate,
  indicatorIds: z.array(z.uuid()).min(1).max(50),
  organizationIds: z.array(z.uuid()).max(5000).default([]),
  /** Every current resident of these ecosystems owes the indicators too (e.g. all residents of a creative cluster). */
  ecosystemIds: z.array(z.uuid()).max(50).default([]),
}).strict().refine((v) => v.organizationIds.length + v.ecosystemIds.length > 0, { message: 'organizations or ecosystems', path: ['organizationIds'] });
export type ReportingCampaignInput = z.infer<typeof reportingCampaignInput>;

/** Closing a campaign ends its reminders and what members may report for it; reopening, or a later due date, brings them back. */
export const updateReportingCampaignInput = z.object({
  status: z.enum(['open', 'closed']).optional(),
  dueOn: isoDate.optional(),
}).strict().refine((v) => v.status !== undefined || v.dueOn !== undefined, { message: 'status or dueOn', path: ['status'] });
export type UpdateReportingCampaignInput = z.infer<typeof updateReportingCampaignInput>;

export const reportingCampaign = z.object({
  id: z.uuid(),
  title: z.string(),
  year: z.number().int(),
  periodKind: z.enum(periodKinds),
  periodIndex: z.number().int(),
  dueOn: isoDate,
  status: z.enum(['open', 'closed']),
  indicatorCount: z.number().int(),
  organizationCount: z.number().int(),
  /** Reports owed (organizations × indicators) and how many are submitted or confirmed. */
  owed: z.number().int(),
  reported: z.number().int(),
  confirmed: z.number().int(),
  completionPercent: z.number(),
});
export type ReportingCampaign = z.infer<typeof reportingCampaign>;

export const obligation = z.object({
  campaignId: z.uuid(),
  campaignTitle: z.string(),
  dueOn: isoDate,
  overdue: z.boolean(),
  year: z.number().int(),
  periodKind: z.enum(periodKinds),
  periodIndex: z.number().int(),
  organization: organizationRef,
  indicator: z.object({ id: z.uuid(), code: z.string(), name: localizedText, unit: z.enum(indicatorUnits) }),
  actual: z.object({ id: z.uuid(), value: z.number(), status: z.enum(actualStatuses) }).nullable(),
});
export type Obligation = z.infer<typeof obligation>;

export const reportingCampaignDetail = reportingCampaign.extend({ obligations: z.array(obligation) });
export const obligationList = z.object({ items: z.array(obligation) });
export const campaignList = z.object({ items: z.array(reportingCampaign) });
