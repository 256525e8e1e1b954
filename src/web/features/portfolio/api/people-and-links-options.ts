import { useQuery } from '@tanstack/react-query';
import type { agreementPage } from '../../../../shared/contracts/agreements';
import type { projectPeopleOptions } from '../../../../shared/contracts/portfolio';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

/** Whom the passport's roles may name; asked for when the dialog opens, never for the page. */
export function useProjectPeopleOptions(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'people'], queryFn: () => apiGet<AnswerOf<typeof projectPeopleOptions>>(`/api/projects/${encodeURIComponent(id)}/people`), enabled });
}

/** Agreements to link, found by their number or title as the user types. */
export function useAgreementChoices(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['portfolio', 'agreement-choices', search],
    queryFn: () => apiGet<AnswerOf<typeof agreementPage>>(withQuery('/api/agreements', { q: search || undefined, pageSize: 50 })),
    enabled,
    staleTime: 60_000,
  });
}
