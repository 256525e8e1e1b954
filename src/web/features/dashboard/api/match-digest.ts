import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { digest, digestSeen } from '../../../../shared/contracts/partnering-digest';
import { apiGet, apiRequest, type AnswerOf } from '../../../lib/api-client';

/** The new matches of the caller's organizations; under the partnering key, so steps taken there refresh it. */
export function useMatchDigest(enabled: boolean, language: string) {
  return useQuery({ queryKey: ['partnering', 'digest', language], queryFn: () => apiGet<AnswerOf<typeof digest>>('/api/partnering/digest?limit=5'), enabled });
}

export function useMarkDigestSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<AnswerOf<typeof digestSeen>>('POST', '/api/partnering/digest/seen', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnering', 'digest'] }),
  });
}
