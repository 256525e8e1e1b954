import type { ExportMembersQuery } from '../../../../shared/contracts/ecosystems';
import { withQuery } from '../../../lib/api-client';

/**
 * The address of the register's file with the list's filters. The browser downloads it itself (a
 * plain link sends the session cookie), so a large file is never held in the page's memory.
 */
export const exportMembersUrl = (ecosystemId: string, query: Partial<ExportMembersQuery>) =>
  withQuery(`/api/ecosystems/${encodeURIComponent(ecosystemId)}/members/export`, query);
