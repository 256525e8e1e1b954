import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorPage } from '../../../../shared/contracts/indicators';
import type { project, budgetInput, controlPointsInput, resultsInput, risksInput, stageGateInput, updateProjectInput } from '../../../../shared/contracts/portfolio';
import type { passportVersionList } from '../../../../shared/contracts/portfolio-monitoring';
import { apiGet, apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

/** A passport write changes the project, its versions and the roll-ups: every portfolio view is refreshed. */
function usePassportWrite<Input>(write: (input: Input) => Promise<z.infer<typeof project>>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portfolio'] }) });
}

export const useUpdateBasics = (id: string) =>
  usePassportWrite((input: z.input<typeof updateProjectInput>) => apiRequest<AnswerOf<typeof project>>('PATCH', path(id), input));

export const usePassStage = (id: string) =>
  usePassportWrite((input: z.input<typeof stageGateInput>) => apiRequest<AnswerOf<typeof project>>('POST', `${path(id)}/stage`, input));

type SectionInputs = {
  results: z.input<typeof resultsInput>;
  'control-points': z.input<typeof controlPointsInput>;
  budget: z.input<typeof budgetInput>;
  risks: z.input<typeof risksInput>;
};
export type SectionPath = keyof SectionInputs;

export const useReplaceSection = <S extends SectionPath>(id: string, section: S) =>
  usePassportWrite((input: SectionInputs[S]) => apiRequest<AnswerOf<typeof project>>('PUT', `${path(id)}/${section}`, input));

export function usePassportVersions(id: string) {
  return useQuery({ queryKey: ['portfolio', 'project', id, 'versions'], queryFn: () => apiGet<AnswerOf<typeof passportVersionList>>(`${path(id)}/versions`) });
}

/** Project-level indicators a result may deliver to. */
export function useProjectIndicators() {
  return useQuery({
    queryKey: ['portfolio', 'project-indicators'],
    queryFn: () => apiGet<AnswerOf<typeof indicatorPage>>(withQuery('/api/indicators', { level: 'project', pageSize: 200 })),
  });
}
