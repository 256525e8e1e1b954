import type { InvestorRequest } from '../../../shared/contracts/investor-requests';
import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { ecosystemRefOf, localized } from './infrastructure.mappers';
import { canManageInfrastructure } from './infrastructure.policy';
import * as objects from './infrastructure.repo';
import * as repo from './investor-requests.repo';

/** Requests as the API shows them: with the park, the object, the answers and the registered resident. */
export async function presentInvestorRequests(db: Executor, rows: repo.InvestorRequestRow[], context: RequestContext): Promise<InvestorRequest[]> {
  const responses = await repo.responsesOf(db, rows.map((r) => r.id));
  const objectIds = [...rows.map((r) => r.objectId), ...responses.flatMap((r) => r.response.proposedObjectIds)].filter((id): id is string => Boolean(id));
  const organizationIds = rows.flatMap((r) => [r.ecosystemId, ...(r.residentOrganizationId ? [r.residentOrganizationId] : [])]);
  const [names, objectRows] = await Promise.all([objects.ecosystemNames(db, organizationIds), objects.findObjects(db, [...new Set(objectIds)])]);
  const objectById = new Map(objectRows.map((o) => [o.id, { id: o.id, name: localized(o, 'name'), status: o.status }]));
  return rows.map((row) => ({
    id: row.id,
    ecosystem: ecosystemRefOf(row.ecosystemId, names),
    object: (row.objectId && objectById.get(row.objectId)) || null,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    companyName: row.companyName,
    wantedType: row.wantedType as InvestorRequest['wantedType'],
    areaMinM2: row.areaMinM2,
    areaMaxM2: row.areaMaxM2,
    message: row.message,
    language: row.language as InvestorRequest['language'],
    status: row.status as InvestorRequest['status'],
    declineReason: row.declineReason,
    residentOrganization: row.residentOrganizationId ? ecosystemRefOf(row.residentOrganizationId, names) : null,
    residentMembershipId: row.residentMembershipId,
    consentGivenAt: row.consentGivenAt.toISOString(),
    consentWithdrawnAt: row.consentWithdrawnAt?.toISOString() ?? null,
    consentWithdrawnBy: row.consentWithdrawnBy as InvestorRequest['consentWithdrawnBy'],
    erasedAt: row.erasedAt?.toISOString() ?? null,
    responses: responses.filter((r) => r.response.requestId === row.id).map(({ response, authorName }) => ({
      id: response.id,
      authorName,
      message: response.message,
      proposedObjects: response.proposedObjectIds.map((id) => objectById.get(id)).filter((o) => o !== undefined),
      createdAt: response.createdAt.toISOString(),
    })),
    canManage: canManageInfrastructure(context.actor, row.ecosystemId),
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  }));
}
