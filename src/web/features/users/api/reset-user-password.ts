import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

export const resetUserPassword = ({ id, newPassword }: { id: string; newPassword: string }) =>
  apiSend('POST', `/api/users/${encodeURIComponent(id)}/password`, { newPassword });

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
