import type { z } from 'zod';
import type { acceptedAgreement, AgreementDraft } from '../../../../shared/contracts/agreement-drafts';

export type ReviewedParty = { choice: string; newName: string };
export type ReviewedSignatory = { include: boolean; fullName: string; position: string; partyIndex: string | null };
export type ReviewedDraft = {
  include: boolean;
  kind: AgreementDraft['kind']['value'];
  title: string;
  signedOn: string;
  place: string;
  occasion: string;
  parties: ReviewedParty[];
  signatories: ReviewedSignatory[];
  directionIds: string[];
};

export const newOrganization = 'new';

export function reviewOf(draft: AgreementDraft): ReviewedDraft {
  return {
    include: true,
    kind: draft.kind.value,
    title: draft.title,
    signedOn: draft.signedOn?.value ?? '',
    place: draft.place?.value ?? '',
    occasion: draft.occasion?.value ?? '',
    parties: draft.parties.map((p) => ({ choice: p.match.organizationId ?? newOrganization, newName: p.name })),
    signatories: draft.signatories.map((s) => ({ include: s.partyIndex !== null, fullName: s.fullName, position: s.position?.value ?? '', partyIndex: s.partyIndex === null ? null : String(s.partyIndex) })),
    directionIds: draft.directions.map((d) => d.directionId).filter((id): id is string => Boolean(id)),
  };
}

/** What the server is asked to create; a known person is kept only while their party is the one matched. */
export function acceptedOf(draft: AgreementDraft, review: ReviewedDraft): z.input<typeof acceptedAgreement> {
  return {
    kind: review.kind,
    title: review.title,
    signedOn: review.signedOn || null,
    place: review.place || null,
    occasion: review.occasion || null,
    parties: review.parties.map((p) => (p.choice === newOrganization ? { newOrganization: { name: p.newName } } : { organizationId: p.choice })),
    signatories: review.signatories.flatMap((s, index) => {
      if (!s.include || s.partyIndex === null) return [];
      const partyIndex = Number(s.partyIndex);
      const original = draft.signatories[index]!;
      const sameParty = original.partyIndex === partyIndex && review.parties[partyIndex]?.choice === draft.parties[partyIndex]?.match.organizationId;
      return [{ partyIndex, fullName: s.fullName, position: s.position || null, personId: sameParty ? original.personId : null }];
    }),
    directionIds: review.directionIds,
  };
}
