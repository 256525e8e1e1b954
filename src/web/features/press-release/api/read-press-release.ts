import { useMutation } from '@tanstack/react-query';
import { draftsFromText, type DraftFromTextInput } from '../../../../shared/contracts/agreement-drafts';
import { apiRequest } from '../../../lib/api-client';

export const readPressRelease = (input: DraftFromTextInput) => apiRequest('POST', '/api/agreements/drafts/from-text', draftsFromText, input);

export function useReadPressRelease() {
  return useMutation({ mutationFn: readPressRelease });
}
