import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { actualsImportReport } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

/** CSV and XLSX go with their own types; browsers often report CSV as something else. */
function asSpreadsheet(file: File): Blob {
  const name = file.name.toLowerCase();
  const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/octet-stream';
  return new Blob([file], { type });
}

export const importActuals = ({ file, dryRun }: { file: File; dryRun: boolean }) =>
  apiRequest<AnswerOf<typeof actualsImportReport>>('POST', `/api/indicator-actuals/import?dryRun=${dryRun}`, asSpreadsheet(file));

export function useImportActuals() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importActuals, onSuccess: (report) => (report.written > 0 ? queryClient.invalidateQueries({ queryKey: ['indicators'] }) : undefined) });
}
