import { useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listEcosystems = () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems');

/** The ecosystems, for a park manager's choice of organizer among the ones they manage. */
export function useEcosystems(enabled: boolean) {
  return useQuery({ queryKey: ['events', 'ecosystems'], queryFn: listEcosystems, staleTime: 5 * 60_000, enabled });
}
