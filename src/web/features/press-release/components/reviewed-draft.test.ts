import { describe, expect, it } from 'vitest';
import type { AgreementDraft } from '../../../../shared/contracts/agreement-drafts';
import { acceptedOf, newOrganization, reviewOf } from './reviewed-draft';

const span: [number, number] = [0, 1];
const candidate = (id: string) => ({ id, name: { ru: id, en: null, zh: null }, country: 'RU', score: 0.9, matchedWords: [] });
const draft: AgreementDraft = {
  kind: { value: 'memorandum', span, confidence: 0.9, rule: 'меморандум' },
  title: 'Меморандум: A — B',
  parties: [
    { asWritten: 'A', name: 'A', span, confidence: 0.9, rule: '', match: { status: 'matched', organizationId: '11111111-1111-4111-8111-111111111111', candidates: [candidate('11111111-1111-4111-8111-111111111111')] } },
    { asWritten: 'Бэ', name: 'Компания «Бэ»', span, confidence: 0.9, rule: '', match: { status: 'new', organizationId: null, candidates: [] } },
  ],
  signatories: [
    { asWritten: 'Иван Петров', fullName: 'Иван Петров', span, confidence: 0.9, position: { value: 'директор', span, confidence: 0.8, rule: '' }, partyIndex: 0, personId: '22222222-2222-4222-8222-222222222222' },
    { asWritten: 'Анна Сидорова', fullName: 'Анна Сидорова', span, confidence: 0.9, position: null, partyIndex: null, personId: null },
  ],
  directions: [{ asWritten: 'биотехнологии', name: 'биотехнологии', span, confidence: 0.9, directionId: '33333333-3333-4333-8333-333333333333', directionCode: 'biotechnology', label: { ru: 'Биотехнологии', en: 'Biotechnology', zh: '生物技术' } }],
  occasion: null, place: null, signedOn: null,
};

describe('a reviewed press-release draft', () => {
  it('starts from what was read: matched parties chosen, unmatched ones proposed as new, signatories without a party left out', () => {
    const review = reviewOf(draft);
    expect(review.parties).toEqual([{ choice: '11111111-1111-4111-8111-111111111111', newName: 'A' }, { choice: newOrganization, newName: 'Компания «Бэ»' }]);
    expect(acceptedOf(draft, review)).toEqual({
      kind: 'memorandum', title: 'Меморандум: A — B', signedOn: null, place: null, occasion: null,
      parties: [{ organizationId: '11111111-1111-4111-8111-111111111111' }, { newOrganization: { name: 'Компания «Бэ»' } }],
      signatories: [{ partyIndex: 0, fullName: 'Иван Петров', position: 'директор', personId: '22222222-2222-4222-8222-222222222222' }],
      directionIds: ['33333333-3333-4333-8333-333333333333'],
    });
  });

  it('forgets the known person once the signatory signs for another party', () => {
    const review = reviewOf(draft);
    review.signatories[0] = { ...review.signatories[0]!, partyIndex: '1' };
    expect(acceptedOf(draft, review).signatories).toEqual([{ partyIndex: 1, fullName: 'Иван Петров', position: 'директор', personId: null }]);
  });
});
