import { z } from 'zod';
import { timestamp } from './common';
import { overviewQuery } from './portfolio-monitoring';

/** The register takes the overview's filters, without its paging: it lists every row. */
export const registerQuery = overviewQuery.omit({ page: true, pageSize: true });
export type RegisterQuery = z.infer<typeof registerQuery>;

export const controlPointFeed = z.object({
  id: z.uuid(),
  /** The project of a one-project feed; null for the personal feed of every project the owner reads. */
  project: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  createdAt: timestamp,
  /** Present only in the answer that creates the feed: the token is not kept. */
  url: z.string().optional(),
});
export type ControlPointFeed = z.infer<typeof controlPointFeed>;
export const controlPointFeedList = z.object({ items: z.array(controlPointFeed) });
export const createControlPointFeedInput = z.object({ projectId: z.uuid().nullish() }).strict();
