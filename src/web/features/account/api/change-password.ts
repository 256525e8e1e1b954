import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordInput } from '../../../../shared/contracts/auth';
import { apiSend } from '../../../lib/api-client';

export const changePassword = (input: z.infer<typeof changePasswordInput>) => apiSend('POST', '/api/auth/password', input);

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
