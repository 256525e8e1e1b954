import { z } from 'zod';
import { agreement } from './agreements';
import { indicator } from './indicators';

export const dashboardResponse = z.object({
  agreements: z.array(agreement),
  activeAgreementCount: z.number().int(),
  strategicTargets: z.array(indicator),
  organizationCount: z.number().int(),
  ecosystemCount: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboardResponse>;
