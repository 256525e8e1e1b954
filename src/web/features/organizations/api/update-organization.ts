import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateOrganizationInput } from '../../../../shared/contracts/organization-input';
import type { organization } from '../../../../shared/contracts/registry';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const updateOrganization = ({ id, input }: { id: string; input: z.input<typeof updateOrganizationInput> }) =>
  apiRequest<AnswerOf<typeof organization>>('PATCH', `/api/organizations/${encodeURIComponent(id)}`, input);

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  // Lists, the detail page and its history all change with an edit.
  return useMutation({ mutationFn: updateOrganization, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }) });
}
