import { useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

/** Ecosystems a run can import residents into. */
export function useImportEcosystems() {
  return useQuery({ queryKey: ['imports', 'ecosystems'], queryFn: () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems') });
}
