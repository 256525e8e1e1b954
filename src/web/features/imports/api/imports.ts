import { useQuery } from '@tanstack/react-query';
import type { importPreset, importPresetList, importRun, ColumnMapping, ImportRun } from '../../../../shared/contracts/imports';
import { apiGet, apiRequest, apiSend, withQuery, type AnswerOf } from '../../../lib/api-client';

/** CSV and XLSX go with their own types; browsers often report CSV as something else. */
function asSpreadsheet(file: File): Blob {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/octet-stream';
  return new Blob([file], { type });
}

export const uploadImport = (file: File, ecosystemId: string | undefined) =>
  apiRequest<AnswerOf<typeof importRun>>('POST', withQuery('/api/imports', { fileName: file.name, ecosystemId }), asSpreadsheet(file));

export const checkImport = (id: string, mapping: ColumnMapping) => apiRequest<AnswerOf<typeof importRun>>('POST', `/api/imports/${id}/check`, { mapping });
export const commitImport = (id: string) => apiRequest<AnswerOf<typeof importRun>>('POST', `/api/imports/${id}/commit`);

const isFinished = (run: ImportRun | undefined) => run?.status === 'done' || run?.status === 'failed';

/** The run, polled every second while it is queued or running, so the progress bar moves and survives a reload. */
export function useImportRun(id: string) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: () => apiGet<AnswerOf<typeof importRun>>(`/api/imports/${id}`),
    refetchInterval: (query) => (query.state.data && ['queued', 'running'].includes(query.state.data.status) && !isFinished(query.state.data) ? 1000 : false),
  });
}

export function useImportRuns() {
  return useQuery({ queryKey: ['imports', 'list'], queryFn: () => apiGet<{ items: ImportRun[] }>('/api/imports') });
}

export function useImportPresets() {
  return useQuery({ queryKey: ['imports', 'presets'], queryFn: () => apiGet<AnswerOf<typeof importPresetList>>('/api/import-presets') });
}

export const createImportPreset = (name: string, mapping: ColumnMapping) => apiRequest<AnswerOf<typeof importPreset>>('POST', '/api/import-presets', { name, mapping });
export const deleteImportPreset = (id: string) => apiSend('DELETE', `/api/import-presets/${id}`);
