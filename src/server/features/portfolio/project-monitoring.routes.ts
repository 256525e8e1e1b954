import { z } from 'zod';
import { auditPage } from '../../../shared/contracts/audit';
import {
  changeEffect, changeRequest, changeRequestInput, changeRequestList, decideChangeRequestInput, passportVersionList, projectReport, reportList, reviewReportInput, submitReportInput,
} from '../../../shared/contracts/portfolio-monitoring';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { PortfolioService } from './portfolio.service';

export function registerProjectMonitoringRoutes(app: App, { portfolio }: { portfolio: PortfolioService }) {
  const tags = ['portfolio'];
  const withConflict = { 409: errorResponse, ...errorResponses };
  const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() }).strict();
  const requestParams = z.object({ id: z.uuid(), requestId: z.uuid() }).strict();

  app.get('/api/projects/:id/reports', {
    schema: { tags, security: signedIn, summary: 'Monitoring reports of the project, the late ones flagged', operationId: 'listProjectReports', params: idParams, response: { 200: reportList, ...errorResponses } },
  }, async (request) => portfolio.listReports(request.params.id, contextOf(request)));

  app.post('/api/projects/:id/reports', {
    schema: { tags, security: signedIn, summary: 'Submit the report for an ended month or quarter, or resubmit a returned one', operationId: 'submitProjectReport', params: idParams, body: submitReportInput, response: { 201: projectReport, ...withConflict } },
  }, async (request, reply) => reply.status(201).send(await portfolio.submitReport(request.params.id, request.body, contextOf(request))));

  app.post('/api/projects/:id/reports/:reportId/review', {
    schema: { tags, security: signedIn, summary: 'Approve a submitted report, or return it with a comment', operationId: 'reviewProjectReport', params: reportParams, body: reviewReportInput, response: { 200: projectReport, ...withConflict } },
  }, async (request) => portfolio.reviewReport(request.params.id, request.params.reportId, request.body, contextOf(request)));

  app.get('/api/projects/:id/change-requests', {
    schema: { tags, security: signedIn, summary: 'Change requests of the project with their computed effect', operationId: 'listProjectChangeRequests', params: idParams, response: { 200: changeRequestList, ...errorResponses } },
  }, async (request) => portfolio.listChangeRequests(request.params.id, contextOf(request)));

  app.post('/api/projects/:id/change-requests/preview', {
    schema: { tags, security: signedIn, summary: 'The effect a change would have on indicators and results, nothing saved', operationId: 'previewProjectChangeRequest', params: idParams, body: changeRequestInput, response: { 200: changeEffect, ...withConflict } },
  }, async (request) => portfolio.previewChangeRequest(request.params.id, request.body, contextOf(request)));

  app.post('/api/projects/:id/change-requests', {
    schema: { tags, security: signedIn, summary: 'Request a change to the passport against its current version', operationId: 'createProjectChangeRequest', params: idParams, body: changeRequestInput, response: { 201: changeRequest, ...withConflict } },
  }, async (request, reply) => reply.status(201).send(await portfolio.createChangeRequest(request.params.id, request.body, contextOf(request))));

  app.post('/api/projects/:id/change-requests/:requestId/decision', {
    schema: { tags, security: signedIn, summary: 'Approve (apply, keeping the previous passport version) or reject a change request', operationId: 'decideProjectChangeRequest', params: requestParams, body: decideChangeRequestInput, response: { 200: changeRequest, ...withConflict } },
  }, async (request) => portfolio.decideChangeRequest(request.params.id, request.params.requestId, request.body.decision, contextOf(request)));

  app.get('/api/projects/:id/versions', {
    schema: { tags, security: signedIn, summary: 'Earlier versions of the passport, to compare side by side', operationId: 'listPassportVersions', params: idParams, response: { 200: passportVersionList, ...errorResponses } },
  }, async (request) => portfolio.versions(request.params.id, contextOf(request)));

  app.get('/api/projects/:id/history', {
    schema: { tags, security: signedIn, summary: 'The history of the project, from the audit log', operationId: 'getProjectHistory', params: idParams, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }), response: { 200: auditPage, ...errorResponses } },
  }, async (request) => portfolio.history(request.params.id, request.query.page, contextOf(request)));
}
