import { idParams } from '../../../shared/contracts/common';
import { indicator, indicatorPage, listIndicatorsQuery } from '../../../shared/contracts/indicators';
import { contextOf, errorResponses, signedInOrAnonymous, type App } from '../../lib/http';
import type { IndicatorsService } from './indicators.service';

export function registerIndicatorsRoutes(app: App, { indicators }: { indicators: IndicatorsService }) {
  const tags = ['indicators'];
  const security = signedInOrAnonymous;

  app.get('/api/indicators', {
    schema: { tags, security, summary: 'List indicators with targets, actuals and progress', operationId: 'listIndicators', querystring: listIndicatorsQuery, response: { 200: indicatorPage, ...errorResponses } },
  }, async (request) => indicators.list(request.query, contextOf(request)));

  app.get('/api/indicators/:id', {
    schema: { tags, security, summary: 'An indicator with its targets, actuals and progress', operationId: 'getIndicator', params: idParams, response: { 200: indicator, ...errorResponses } },
  }, async (request) => indicators.get(request.params.id, contextOf(request)));
}
