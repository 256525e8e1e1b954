import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meResponse, updatePreferencesInput } from '../../../../shared/contracts/auth';
import type { Language } from '../../../../shared/languages';
import { apiSend } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

type UpdatePreferencesInput = z.infer<typeof updatePreferencesInput>;
type Me = z.infer<typeof meResponse>;

export const updatePreferences = (input: UpdatePreferencesInput) => apiSend('PATCH', '/api/auth/preferences', input);

/** Saves the signed-in user's language; returns a function that updates the cached profile synchronously. */
export function useSaveLanguagePreference() {
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: updatePreferences });
  return (language: Language) => {
    // Synchronously, so that whatever follows the cached profile never reads the old language.
    queryClient.setQueryData<Me>(currentUserQueryKey, (me) => (me?.user ? { user: { ...me.user, language } } : me));
    mutation.mutate({ language });
  };
}
