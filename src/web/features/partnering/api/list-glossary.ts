import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { glossaryPage } from '../../../../shared/contracts/partnering-glossary';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const glossaryQueryKey = ['partnering', 'glossary'] as const;

export const listGlossary = (q: string, page: number) => apiGet<AnswerOf<typeof glossaryPage>>(withQuery('/api/partnering/glossary', { q: q || undefined, page }));

export function useGlossary(q: string, page: number) {
  return useQuery({ queryKey: [...glossaryQueryKey, { q, page }], queryFn: () => listGlossary(q, page), placeholderData: keepPreviousData });
}
