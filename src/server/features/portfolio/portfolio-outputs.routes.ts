import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { controlPointFeed, controlPointFeedList, createControlPointFeedInput, registerQuery } from '../../../shared/contracts/portfolio-outputs';
import { notFound } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import type { OutputFile, PortfolioOutputs } from './portfolio-outputs';

/** A download: never rendered in the browser, never cached on the way. */
function sendFile(reply: { header: (name: string, value: string) => unknown; send: (body: Buffer) => unknown }, file: OutputFile) {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]+/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  reply.header('content-security-policy', "default-src 'none'");
  reply.header('cache-control', 'private, no-store');
  return reply.send(file.content);
}

export function registerPortfolioOutputRoutes(app: App, { outputs }: { outputs: PortfolioOutputs }) {
  const tags = ['portfolio'];
  // Files, not JSON: Fastify sends buffers as they are, without the serializer.
  const file = (what: string) => ({ 200: z.any().describe(what), ...errorResponses });

  app.get('/api/projects/:id/passport.xlsx', {
    schema: { tags, security: signedIn, summary: 'The passport as an XLSX workbook, one sheet per section in the standard order', operationId: 'exportProjectPassport', params: idParams, response: file('The XLSX file') },
  }, async (request, reply) => sendFile(reply, await outputs.passport(request.params.id, 'xlsx', requestLanguage(request), contextOf(request))));

  app.get('/api/projects/:id/passport.docx', {
    schema: { tags, security: signedIn, summary: 'The passport as a DOCX document: the standard sections in order, with tables, in the reader\'s language', operationId: 'exportProjectPassportDocx', params: idParams, response: file('The DOCX file') },
  }, async (request, reply) => sendFile(reply, await outputs.passport(request.params.id, 'docx', requestLanguage(request), contextOf(request))));

  app.get('/api/portfolio/register.xlsx', {
    schema: { tags, security: signedIn, summary: 'The register of the projects the caller reads, under the overview\'s filters, one row per project', operationId: 'exportPortfolioRegister', querystring: registerQuery, response: file('The XLSX file') },
  }, async (request, reply) => sendFile(reply, await outputs.register(request.query, requestLanguage(request), contextOf(request))));

  app.get('/api/portfolio/calendar-feeds', {
    schema: { tags, security: signedIn, operationId: 'listControlPointFeeds', summary: 'The caller\'s calendar feeds of control points (without their URLs)', response: { 200: controlPointFeedList, ...errorResponses } },
  }, async (request) => ({ items: await outputs.listFeeds(contextOf(request)) }));

  app.post('/api/portfolio/calendar-feeds', {
    schema: { tags, security: signedIn, operationId: 'createControlPointFeed', summary: 'A private calendar feed of control points: personal, or of one project; its URL is shown once', body: createControlPointFeedInput, response: { 201: controlPointFeed, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await outputs.createFeed(request.body.projectId ?? null, contextOf(request))));

  app.delete('/api/portfolio/calendar-feeds/:id', {
    schema: { tags, security: signedIn, operationId: 'revokeControlPointFeed', summary: 'Revoke a calendar feed of control points: its URL stops working', params: idParams, response: { 204: z.null().describe('Revoked'), ...errorResponses } },
  }, async (request, reply) => {
    await outputs.revokeFeed(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });

  // The token is the credential: calendar apps fetch without cookies or headers.
  app.get('/api/portfolio/calendar/:feed', {
    schema: { tags, security: [{}], operationId: 'getControlPointFeed', summary: 'The iCalendar feed of control points behind a private URL', params: z.object({ feed: z.string().max(100) }), response: { 200: z.any().describe('text/calendar'), ...errorResponses } },
  }, async (request, reply) => {
    const token = request.params.feed.replace(/\.ics$/, '');
    if (!/^[\w-]{20,}$/.test(token)) throw notFound('calendar_feed');
    const text = await outputs.renderFeed(token, `${request.protocol}://${request.host}`);
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(text);
  });
}
