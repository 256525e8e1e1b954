import { auditPage, listAuditQuery } from '../../../shared/contracts/audit';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { AuditService } from './audit.service';

export function registerAuditRoutes(app: App, { audit }: { audit: AuditService }) {
  app.get('/api/audit', {
    schema: { tags: ['audit'], security: signedIn, summary: 'The audit trail: who changed what, when, from what to what', operationId: 'listAudit', querystring: listAuditQuery, response: { 200: auditPage, ...errorResponses } },
  }, async (request) => {
    const { from, to, ...rest } = request.query;
    return audit.list({ ...rest, ...(from ? { from: new Date(from) } : {}), ...(to ? { to: new Date(to) } : {}) }, contextOf(request));
  });
}
