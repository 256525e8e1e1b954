import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DuplicateCandidate } from '../../../../shared/contracts/organization-input';
import type { LocalizedText } from '../../../../shared/languages';
import { apiRequest } from '../../../lib/api-client';

type NameInput = { ru: string | null; en: string | null; zh: string | null };

export const findDuplicateOrganizations = (name: NameInput) => apiRequest<{ candidates: DuplicateCandidate[] }>('POST', '/api/organizations/duplicates', { name });

/** Names shorter than this match too much to be a useful hint. */
const minimumLength = 3;

/** Organizations with names close to the one being typed (pass it debounced); `exceptId` is the one being edited. */
export function useDuplicateCandidates(name: LocalizedText, exceptId?: string) {
  const trimmed: NameInput = { ru: name.ru?.trim() || null, en: name.en?.trim() || null, zh: name.zh?.trim() || null };
  const longEnough = [trimmed.ru, trimmed.en, trimmed.zh].some((text) => (text?.length ?? 0) >= minimumLength);
  return useQuery({
    queryKey: ['organizations', 'duplicates', trimmed],
    queryFn: () => findDuplicateOrganizations(trimmed),
    enabled: longEnough,
    placeholderData: keepPreviousData,
    select: (answer) => answer.candidates.filter((candidate) => candidate.id !== exceptId),
  });
}
