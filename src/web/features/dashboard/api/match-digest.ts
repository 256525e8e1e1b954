import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { digest, digestSeen } from '../../../../shared/contracts/partnering-digest';
import { apiGet, apiRequest } from '../../../lib/api-client';

/** The new matches of the caller's organizations; under the partnering key, so steps taken there refresh it. */
export function useMatchDigest(enabled: boolean, language: string) {
  return useQuery({ queryKey: ['partnering', 'digest', language], queryFn: () => apiGet('/api/partnering/digest?limit=5', digest), enabled });
}

export function useMarkDigestSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', '/api/partnering/digest/seen', digestSeen, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering', 'digest'] }),
  });
}
