import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { indicatorPage } from '../../../../shared/contracts/indicators';
import {
  project, type budgetInput, type controlPointsInput, type resultsInput, type risksInput, type stageGateInput, type updateProjectInput,
} from '../../../../shared/contracts/portfolio';
import { passportVersionList } from '../../../../shared/contracts/portfolio-monitoring';
import { apiGet, apiRequest, withQuery } from '../../../lib/api-client';

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

/** A passport write changes the project, its versions and the roll-ups: every portfolio view is refreshed. */
function usePassportWrite<Input>(write: (input: Input) => Promise<z.infer<typeof project>>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portfolio'] }) });
}

export const useUpdateBasics = (id: string) =>
  usePassportWrite((input: z.input<typeof updateProjectInput>) => apiRequest('PATCH', path(id), project, input));

export const usePassStage = (id: string) =>
  usePassportWrite((input: z.input<typeof stageGateInput>) => apiRequest('POST', `${path(id)}/stage`, project, input));

type SectionInputs = {
  results: z.input<typeof resultsInput>;
  'control-points': z.input<typeof controlPointsInput>;
  budget: z.input<typeof budgetInput>;
  risks: z.input<typeof risksInput>;
};
export type SectionPath = keyof SectionInputs;

export const useReplaceSection = <S extends SectionPath>(id: string, section: S) =>
  usePassportWrite((input: SectionInputs[S]) => apiRequest('PUT', `${path(id)}/${section}`, project, input));

export function usePassportVersions(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'versions'], queryFn: () => apiGet(`${path(id)}/versions`, passportVersionList) });
}

/** Project-level indicators a result may deliver to. */
export function useProjectIndicators() {
  return useQuery({
    queryKey: ['portfolio', 'project-indicators'],
    queryFn: () => apiGet(withQuery('/api/indicators', { level: 'project', pageSize: 200 }), indicatorPage),
  });
}
