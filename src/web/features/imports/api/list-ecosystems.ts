import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

/** Ecosystems a run can import residents into. */
export function useImportEcosystems() {
  return useQuery({ queryKey: ['imports', 'ecosystems'], queryFn: () => apiGet('/api/ecosystems', ecosystemList) });
}
