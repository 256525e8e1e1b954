import { useQuery } from '@tanstack/react-query';
import { agreementPage } from '../../../../shared/contracts/agreements';
import { projectPeopleOptions } from '../../../../shared/contracts/portfolio';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Whom the passport's roles may name; asked for when the dialog opens, never for the page. */
export function useProjectPeopleOptions(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'people'], queryFn: () => apiGet(`/api/projects/${encodeURIComponent(id)}/people`, projectPeopleOptions), enabled });
}

/** Agreements to link, found by their number or title as the user types. */
export function useAgreementChoices(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['portfolio', 'agreement-choices', search],
    queryFn: () => apiGet(withQuery('/api/agreements', { q: search || undefined, pageSize: 50 }), agreementPage),
    enabled,
    staleTime: 60_000,
  });
}
