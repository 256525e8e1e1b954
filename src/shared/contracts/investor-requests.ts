import { z } from 'zod';
import { organizationKinds } from '../domain';
import { residentTypes } from '../resident-types';
import { countryCode } from './reference';
import { infrastructureTypes, investorRequestOutcomes, investorRequestStatuses } from '../infrastructure';
import { languages } from '../languages';
import { isoDate, listQuery, localizedText, pageOf, timestamp } from './common';
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
  /** Null once erased at the sender's withdrawal of consent (then `erasedAt` is set). */
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  companyName: z.string().nullable(),
  wantedType: z.enum(infrastructureTypes).nullable(),
  areaMinM2: z.number().nullable(),
  areaMaxM2: z.number().nullable(),
  message: z.string().nullable(),
  language: z.enum(languages),
  status: z.enum(investorRequestStatuses),
  declineReason: z.string().nullable(),
  /** The organization registered as the park's resident, and its entry in the register. */
  residentOrganization: z.object({ id: z.uuid(), name: localizedText }).nullable(),
  residentMembershipId: z.uuid().nullable(),
  consentGivenAt: timestamp,
  consentWithdrawnAt: timestamp.nullable(),
  consentWithdrawnBy: z.enum(['sender', 'manager']).nullable(),
  erasedAt: timestamp.nullable(),
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

/** A sender's receipt: the request's id and the private token with which they may withdraw their consent. */
export const createdInvestorRequest = z.object({ id: z.uuid(), withdrawalToken: z.string() });

/** An organization the registry does not know yet, created with the outcome (an anonymous investor's company). */
export const newResidentOrganizationInput = z
  .object({
    name: z.object({ ru: text(500), en: text(500), zh: text(500) }).strict()
      .refine((name) => Boolean(name.ru || name.en || name.zh), { params: { kind: 'name_required' } }),
    kind: z.enum(organizationKinds).default('company'),
    country: countryCode,
  })
  .strict();

export const closeInvestorRequestInput = z
  .object({
    outcome: z.enum(investorRequestOutcomes),
    reason: text(2000),
    /**
     * For a resident registered: the organization, picked from the registry, or `newOrganization`
     * to create it; a signed-in sender's own (single) organization otherwise.
     */
    residentOrganizationId: z.uuid().nullish().transform((v) => v ?? null),
    newOrganization: newResidentOrganizationInput.nullish().transform((v) => v ?? null),
    /** The first day of residence; today when not given. */
    residentSince: isoDate.nullish().transform((v) => v ?? null),
    residentType: z.enum(residentTypes).nullish().transform((v) => v ?? null),
    registrationNumber: text(100),
  })
  .strict();
export type CloseInvestorRequestInput = z.infer<typeof closeInvestorRequestInput>;

/** The sender withdraws their consent with the token they were given: their contact is erased. */
export const withdrawInvestorConsentInput = z.object({ token: z.string().trim().min(20).max(200) }).strict();
