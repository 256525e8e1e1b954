import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  actualsImportReport, campaignList, createContributionInput, importActualsQuery, indicatorDetail, indicatorInput, indicatorPage,
  listIndicatorsQuery, obligationList, reportActualInput, reportingCampaign, reportingCampaignDetail, reportingCampaignInput,
  strategicDashboard, strategicDashboardQuery, updateIndicatorInput, updateReportingCampaignInput,
} from '../../../shared/contracts/indicators';
import { AppError } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import { spreadsheetLimits } from '../../lib/spreadsheet-reader';
import type { IndicatorsService } from './indicators.service';
import type { ReportingService } from './reporting-campaigns';
import { strategicDashboardXlsx } from './strategic-export';
import { rememberAnswer } from '../../lib/remembered-answers';

type Dependencies = { indicators: IndicatorsService; reporting: ReportingService };
const spreadsheetTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];
const conflict = { 409: errorResponses[400] };

export function registerIndicatorsRoutes(app: App, { indicators, reporting }: Dependencies) {
  const tags = ['indicators'];

  app.get('/api/indicators', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'List indicators with targets, yearly actuals and analytics', operationId: 'listIndicators', querystring: listIndicatorsQuery, response: { 200: indicatorPage, ...errorResponses } },
  }, async (request) => indicators.list(request.query, contextOf(request)));

  app.get('/api/indicators/strategic', {
    config: rememberAnswer,
    schema: { tags, security: signedIn, summary: 'The strategic dashboard: regional targets with forecasts, status and contributions; program indicators', operationId: 'getStrategicDashboard', querystring: strategicDashboardQuery, response: { 200: strategicDashboard, ...errorResponses } },
  }, async (request) => indicators.strategic(request.query, contextOf(request)));

  app.get('/api/indicators/strategic/export', {
    schema: { tags, security: signedIn, summary: 'The strategic dashboard as an XLSX file', operationId: 'exportStrategicDashboard', querystring: strategicDashboardQuery, response: { 200: z.any().describe('The XLSX file'), ...errorResponses } },
  }, async (request, reply) => {
    // The file has every program indicator, not only the first ones the page shows.
    const dashboard = await indicators.strategic({ ...request.query, programLimit: 200 }, contextOf(request));
    const content = await strategicDashboardXlsx(dashboard, requestLanguage(request));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="strategic-targets-${dashboard.generatedAt.slice(0, 10)}.xlsx"`).send(content);
  });

  app.get('/api/indicators/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'An indicator with its figures per period, contributions and analytics', operationId: 'getIndicator', params: idParams, response: { 200: indicatorDetail, ...errorResponses } },
  }, async (request) => indicators.get(request.params.id, contextOf(request)));

  app.get('/api/indicators/:id/actuals/export', {
    schema: { tags, security: signedInOrAnonymous, summary: 'The figures the caller may see, as an XLSX file in the columns the import reads', operationId: 'exportIndicatorActuals', params: idParams, response: { 200: z.any().describe('The XLSX file'), ...errorResponses } },
  }, async (request, reply) => {
    const file = await indicators.exportActuals(request.params.id, contextOf(request));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${file.code}-values.xlsx"`).send(file.content);
  });

  app.post('/api/indicators', {
    schema: { tags, security: signedIn, summary: 'Define an indicator with its base and targets', operationId: 'createIndicator', body: indicatorInput, response: { 201: indicatorDetail, ...conflict, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await indicators.create(request.body, contextOf(request))));

  app.patch('/api/indicators/:id', {
    schema: { tags, security: signedIn, summary: 'Change an indicator; targets, when given, replace the old ones', operationId: 'updateIndicator', params: idParams, body: updateIndicatorInput, response: { 200: indicatorDetail, ...conflict, ...errorResponses } },
  }, async (request) => indicators.update(request.params.id, request.body, contextOf(request)));

  app.post('/api/indicators/:id/contributions', {
    schema: { tags, security: signedIn, summary: 'Let another indicator count towards this one, with planned parts per year', operationId: 'addIndicatorContribution', params: idParams, body: createContributionInput, response: { 200: indicatorDetail, ...errorResponses } },
  }, async (request) => indicators.addContribution(request.params.id, request.body, contextOf(request)));

  app.delete('/api/indicator-contributions/:id', {
    schema: { tags, security: signedIn, summary: 'Remove a contribution link', operationId: 'deleteIndicatorContribution', params: idParams, response: { 204: z.null().describe('Deleted'), ...errorResponses } },
  }, async (request, reply) => {
    await indicators.deleteContribution(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });

  app.post('/api/indicators/:id/actuals', {
    schema: { tags, security: signedIn, summary: 'Report a figure for a period (a confirmed one only as a correction with a reason)', operationId: 'reportIndicatorActual', params: idParams, body: reportActualInput, response: { 200: indicatorDetail, ...conflict, ...errorResponses } },
  }, async (request) => indicators.report(request.params.id, request.body, contextOf(request)));

  app.post('/api/indicator-actuals/:id/confirm', {
    schema: { tags, security: signedIn, summary: 'Confirm a submitted figure', operationId: 'confirmIndicatorActual', params: idParams, response: { 200: indicatorDetail, ...conflict, ...errorResponses } },
  }, async (request) => indicators.confirm(request.params.id, contextOf(request)));

  app.register(async (scope) => {
    // The file is the body itself, as for the registry imports.
    scope.addContentTypeParser(spreadsheetTypes, { parseAs: 'buffer', bodyLimit: spreadsheetLimits.maxFileBytes }, (_request, body, done) => done(null, body));
    (scope as App).post('/api/indicator-actuals/import', {
      bodyLimit: spreadsheetLimits.maxFileBytes,
      schema: {
        tags, security: signedIn, operationId: 'importIndicatorActuals',
        summary: 'Figures from a CSV or XLSX file (the body); dryRun=true checks every row and writes nothing; otherwise all rows or none',
        querystring: importActualsQuery, response: { 200: actualsImportReport, ...errorResponses },
      },
    }, async (request) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      return indicators.importActuals(body, request.query.dryRun, contextOf(request), requestLanguage(request));
    });
  });

  app.get('/api/reporting/campaigns', {
    schema: { tags, security: signedIn, summary: 'Reporting campaigns with their completion', operationId: 'listReportingCampaigns', response: { 200: campaignList, ...errorResponses } },
  }, async (request) => reporting.list(contextOf(request)));

  app.post('/api/reporting/campaigns', {
    schema: { tags, security: signedIn, summary: 'Ask organizations for indicators of a period by a date', operationId: 'createReportingCampaign', body: reportingCampaignInput, response: { 201: reportingCampaign, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await reporting.create(request.body, contextOf(request))));

  app.get('/api/reporting/campaigns/:id', {
    schema: { tags, security: signedIn, summary: 'A campaign: who owes which indicator, and what came in', operationId: 'getReportingCampaign', params: idParams, response: { 200: reportingCampaignDetail, ...errorResponses } },
  }, async (request) => reporting.get(request.params.id, contextOf(request)));

  app.patch('/api/reporting/campaigns/:id', {
    schema: { tags, security: signedIn, summary: 'Close or reopen a campaign, or move its due date', operationId: 'updateReportingCampaign', params: idParams, body: updateReportingCampaignInput, response: { 200: reportingCampaign, ...errorResponses } },
  }, async (request) => reporting.update(request.params.id, request.body, contextOf(request)));

  app.get('/api/reporting/obligations', {
    schema: { tags, security: signedIn, summary: 'What the caller\'s organizations owe in open campaigns', operationId: 'listMyReportingObligations', response: { 200: obligationList, ...errorResponses } },
  }, async (request) => reporting.myObligations(contextOf(request)));
}
