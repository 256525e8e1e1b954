import { z } from 'zod';
import { agreementKinds, agreementStatuses, partyRoles } from '../domain';
import { listQuery, localizedText, pageOf } from './common';
import { directionRef, organizationSummary } from './registry';

export const agreementParty = z.object({ organization: organizationSummary, role: z.enum(partyRoles) });

export const signatory = z.object({
  personId: z.uuid(),
  fullName: localizedText,
  position: localizedText,
  partyOrganizationId: z.uuid(),
});

export const agreement = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  kind: z.enum(agreementKinds),
  title: localizedText,
  summary: localizedText,
  signedOn: z.string().nullable(),
  place: localizedText,
  occasion: localizedText,
  status: z.enum(agreementStatuses),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  confidential: z.boolean(),
  parties: z.array(agreementParty),
  signatories: z.array(signatory),
  directions: z.array(directionRef),
});
export type Agreement = z.infer<typeof agreement>;

export const listAgreementsQuery = listQuery(['signedOn', 'number']).extend({
  status: z.enum(agreementStatuses).optional(),
  organizationId: z.uuid().optional(),
});
export const agreementPage = pageOf(agreement);
