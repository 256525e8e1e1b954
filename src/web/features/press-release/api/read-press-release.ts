import { useMutation } from '@tanstack/react-query';
import type { draftsFromText, DraftFromTextInput } from '../../../../shared/contracts/agreement-drafts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const readPressRelease = (input: DraftFromTextInput) => apiRequest<AnswerOf<typeof draftsFromText>>('POST', '/api/agreements/drafts/from-text', input);

export function useReadPressRelease() {
  return useMutation({ mutationFn: readPressRelease });
}
