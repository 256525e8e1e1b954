import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationActivityCodes, organizationDirections, organizationIdentifiers } from '../../db/schema/index';

/** The links of many organizations at once, for tables (export) rather than pages. */
export async function loadOrganizationLinks(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return { identifiers: [], activityCodes: [], directionCodes: [], memberships: [] };
  const [identifiers, activityCodes, directionCodes, memberships] = await Promise.all([
    db.select().from(organizationIdentifiers).where(inArray(organizationIdentifiers.organizationId, organizationIds)),
    db.select().from(organizationActivityCodes).where(inArray(organizationActivityCodes.organizationId, organizationIds)),
    db.select({ organizationId: organizationDirections.organizationId, code: directions.code })
      .from(organizationDirections).innerJoin(directions, eq(directions.id, organizationDirections.directionId))
      .where(inArray(organizationDirections.organizationId, organizationIds)),
    db.select({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId })
      .from(ecosystemMemberships).where(inArray(ecosystemMemberships.organizationId, organizationIds)),
  ]);
  return { identifiers, activityCodes, directionCodes, memberships };
}
