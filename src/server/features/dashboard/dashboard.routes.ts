import { dashboardResponse } from '../../../shared/contracts/dashboard';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { DashboardService } from './dashboard.service';

export function registerDashboardRoutes(app: App, { dashboard }: { dashboard: DashboardService }) {
  app.get('/api/dashboard', {
    schema: { tags: ['dashboard'], security: signedIn, summary: 'Strategic targets, recent agreements and registry counts', operationId: 'getDashboard', response: { 200: dashboardResponse, ...errorResponses } },
  }, async (request) => dashboard.get(contextOf(request)));
}
