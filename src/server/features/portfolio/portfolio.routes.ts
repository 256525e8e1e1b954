import type { z } from 'zod';
import {
  budgetInput, controlPointsInput, createProjectInput, portfolioInput, portfolioList, portfolioRef, programInput, programRef, project, projectPeopleOptions, resultsInput, risksInput, stageGateInput, updateProjectInput,
} from '../../../shared/contracts/portfolio';
import { overview, overviewQuery } from '../../../shared/contracts/portfolio-monitoring';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { PortfolioService } from './portfolio.service';
import { registerProjectMonitoringRoutes } from './project-monitoring.routes';
import type { PortfolioOutputs } from './portfolio-outputs';
import { registerPortfolioOutputRoutes } from './portfolio-outputs.routes';
import { rememberAnswer } from '../../lib/remembered-answers';

export function registerPortfolioRoutes(app: App, { portfolio, outputs }: { portfolio: PortfolioService; outputs: PortfolioOutputs }) {
  const tags = ['portfolio'];
  const withConflict = { 409: errorResponse, ...errorResponses };

  app.get('/api/portfolios', {
    config: rememberAnswer,
    schema: { tags, security: signedIn, summary: 'Portfolios and their programs', operationId: 'listPortfolios', response: { 200: portfolioList, ...errorResponses } },
  }, async (request) => portfolio.listPortfolios(contextOf(request)));

  app.post('/api/portfolios', {
    schema: { tags, security: signedIn, summary: 'Open a portfolio', operationId: 'createPortfolio', body: portfolioInput, response: { 201: portfolioRef, ...withConflict } },
  }, async (request, reply) => reply.status(201).send(await portfolio.createPortfolio(request.body, contextOf(request))));

  app.post('/api/programs', {
    schema: { tags, security: signedIn, summary: 'Open a program within a portfolio', operationId: 'createProgram', body: programInput, response: { 201: programRef, ...withConflict } },
  }, async (request, reply) => reply.status(201).send(await portfolio.createProgram(request.body, contextOf(request))));

  app.get('/api/portfolio/overview', {
    config: rememberAnswer,
    schema: {
      tags, security: signedIn, operationId: 'portfolioOverview', querystring: overviewQuery, response: { 200: overview, ...errorResponses },
      summary: 'The projects the caller reads, filtered, with roll-ups: counts by stage and health, budget plan and actual, overdue control points, reports awaiting review',
    },
  }, async (request) => portfolio.overview(request.query, contextOf(request)));

  app.post('/api/projects', {
    schema: { tags, security: signedIn, summary: 'Register a project with the basics and roles of its passport', operationId: 'createProject', body: createProjectInput, response: { 201: project, ...withConflict } },
  }, async (request, reply) => {
    const id = await portfolio.create(request.body, contextOf(request));
    return reply.status(201).send(await portfolio.get(id, contextOf(request)));
  });

  app.get('/api/projects/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedIn, summary: 'The project passport in sections, with derived statuses and the critical path', operationId: 'getProject', params: idParams, response: { 200: project, ...errorResponses } },
  }, async (request) => portfolio.get(request.params.id, contextOf(request)));

  app.patch('/api/projects/:id', {
    schema: { tags, security: signedIn, summary: 'Edit the basics and roles of the passport; lists given are replaced whole', operationId: 'updateProject', params: idParams, body: updateProjectInput, response: { 200: project, ...errorResponses } },
  }, async (request) => {
    await portfolio.update(request.params.id, request.body, contextOf(request));
    return portfolio.get(request.params.id, contextOf(request));
  });

  app.get('/api/projects/:id/people', {
    schema: { tags, security: signedIn, summary: 'Whom the passport\'s roles may name: active users, and the contacts of the participating organizations', operationId: 'listProjectPeopleOptions', params: idParams, response: { 200: projectPeopleOptions, ...errorResponses } },
  }, async (request) => portfolio.peopleOptions(request.params.id, contextOf(request)));

  app.post('/api/projects/:id/stage', {
    schema: { tags, security: signedIn, summary: 'Pass a stage gate: initiation → planning → execution → closing, or suspension', operationId: 'passProjectStageGate', params: idParams, body: stageGateInput, response: { 200: project, ...withConflict } },
  }, async (request) => {
    await portfolio.passStageGate(request.params.id, request.body, contextOf(request));
    return portfolio.get(request.params.id, contextOf(request));
  });

  const sections = [
    ['results', resultsInput, 'replaceProjectResults', 'Replace the results with their values per year, deadlines and influence on indicators', portfolio.replaceResults],
    ['control-points', controlPointsInput, 'replaceProjectControlPoints', 'Replace the control points and activities with their dates and dependencies', portfolio.replaceControlPoints],
    ['budget', budgetInput, 'replaceProjectBudget', 'Replace the budget lines by year, source and result, plan and actual', portfolio.replaceBudget],
    ['risks', risksInput, 'replaceProjectRisks', 'Replace the risks with probability, impact, mitigation and owner', portfolio.replaceRisks],
  ] as const;
  for (const [path, body, operationId, summary, replace] of sections) {
    app.put(`/api/projects/:id/${path}`, {
      schema: { tags, security: signedIn, summary, operationId, params: idParams, body: body as z.ZodType<{ items: unknown[] }>, response: { 200: project, ...errorResponses } },
    }, async (request) => {
      await (replace as (id: string, input: unknown, context: ReturnType<typeof contextOf>) => Promise<void>)(request.params.id, request.body, contextOf(request));
      return portfolio.get(request.params.id, contextOf(request));
    });
  }

  registerProjectMonitoringRoutes(app, { portfolio });
  registerPortfolioOutputRoutes(app, { outputs });
}
