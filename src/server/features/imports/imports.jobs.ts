import type { JobDefinition } from '../../jobs/job-queue';
import { importJobName, type ImportsService } from './imports.service';

export function importJobs(imports: ImportsService): JobDefinition[] {
  return [{
    name: importJobName,
    handler: async (data) => imports.execute((data as { runId: string }).runId),
    recover: async (send) => {
      for (const runId of await imports.interruptedRunIds()) await send({ runId });
    },
  }];
}
