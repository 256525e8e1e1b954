import { useQuery } from '@tanstack/react-query';
import { obligationList } from '../../../../shared/contracts/indicators';
import { apiGet } from '../../../lib/api-client';

export const listObligations = () => apiGet('/api/reporting/obligations', obligationList);

export function useObligations() {
  return useQuery({ queryKey: ['indicators', 'obligations'], queryFn: listObligations });
}
