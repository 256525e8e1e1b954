import { z } from 'zod';
import { infrastructureTypes, investorRequestOutcomes, investorRequestStatuses } from '../infrastructure';
import { languages } from '../languages';
import { listQuery, pageOf, timestamp } from './common';
import { ecosystemRef } from './infrastructure';

const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));

export const proposedObject = z.object({ id: z.uuid(), name: z.object({ ru: z.string().nullable(), en: z.string().nullable(), zh: z.string().nullable() }), status: z.string() });

export const investorRequestResponse = z.object({
  id: z.uuid(),
  authorName: z.string().nullable(),
  message: z.string(),
  proposedObjects: z.array(proposedObject),
  createdAt: timestamp,
});

export const investorRequest = z.object({
  id: z.uuid(),
  ecosystem: ecosystemRef,
  object: proposedObject.nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  companyName: z.string().nullable(),
  wantedType: z.enum(infrastructureTypes).nullable(),
  areaMinM2: z.number().nullable(),
  areaMaxM2: z.number().nullable(),
  message: z.string(),
  language: z.enum(languages),
  status: z.enum(investorRequestStatuses),
  declineReason: z.string().nullable(),
  responses: z.array(investorRequestResponse),
  /** Whether the caller may answer it and record its outcome. */
  canManage: z.boolean(),
  createdAt: timestamp,
  closedAt: timestamp.nullable(),
});
export type InvestorRequest = z.infer<typeof investorRequest>;

export const listInvestorRequestsQuery = listQuery(['createdAt'] as const).extend({
  ecosystemId: z.uuid().optional(),
  status: z.enum(investorRequestStatuses).optional(),
});
export const investorRequestPage = pageOf(investorRequest);

/** The wording the investor agrees to; stored with the request as what was consented to. */
export const investorConsentWording = 'processing of the contact data for answering this request (152-FZ)';

export const createInvestorRequestInput = z
  .object({
    ecosystemId: z.uuid(),
    objectId: z.uuid().nullish().transform((v) => v ?? null),
    contactName: z.string().trim().min(1).max(200),
    contactEmail: z.email().max(254),
    contactPhone: text(50),
    companyName: text(300),
    wantedType: z.enum(infrastructureTypes).nullish().transform((v) => v ?? null),
    areaMinM2: z.number().min(0).max(1e10).nullish().transform((v) => v ?? null),
    areaMaxM2: z.number().min(0).max(1e10).nullish().transform((v) => v ?? null),
    message: z.string().trim().min(1).max(5000),
    language: z.enum(languages).default('ru'),
    /** 152-FZ: no request without the person's consent to the processing of their contact data. */
    consentToProcessing: z.literal(true),
  })
  .strict();
export type CreateInvestorRequestInput = z.infer<typeof createInvestorRequestInput>;

export const respondToInvestorRequestInput = z
  .object({
    message: z.string().trim().min(1).max(5000),
    proposedObjectIds: z.array(z.uuid()).max(10).default([]),
  })
  .strict();
export type RespondToInvestorRequestInput = z.infer<typeof respondToInvestorRequestInput>;

export const closeInvestorRequestInput = z
  .object({
    outcome: z.enum(investorRequestOutcomes),
    reason: text(2000),
    /** The organization registered as the park's resident, when the registry has it. */
    residentOrganizationId: z.uuid().nullish().transform((v) => v ?? null),
  })
  .strict();
export type CloseInvestorRequestInput = z.infer<typeof closeInvestorRequestInput>;
