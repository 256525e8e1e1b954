import { z } from 'zod';
import { calendarFeed, calendarFeedList, createCalendarFeedInput } from '../../../shared/contracts/agreements';
import { idParams } from '../../../shared/contracts/common';
import { notFound } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import type { AgreementsService } from './agreements.service';

export function registerCalendarFeedRoutes(app: App, { agreements }: { agreements: AgreementsService }) {
  const tags = ['agreements'];

  app.get('/api/calendar-feeds', {
    schema: { tags, security: signedIn, operationId: 'listCalendarFeeds', summary: 'The caller\'s calendar feeds (without their URLs)', response: { 200: calendarFeedList, ...errorResponses } },
  }, async (request) => ({ items: await agreements.listCalendarFeeds(contextOf(request)) }));

  app.post('/api/calendar-feeds', {
    schema: { tags, security: signedIn, operationId: 'createCalendarFeed', summary: 'A private calendar feed of roadmap deadlines: personal, or of one agreement; its URL is shown once', body: createCalendarFeedInput, response: { 201: calendarFeed, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await agreements.createCalendarFeed(request.body.agreementId ?? null, contextOf(request))));

  app.delete('/api/calendar-feeds/:id', {
    schema: { tags, security: signedIn, operationId: 'revokeCalendarFeed', summary: 'Revoke a calendar feed: its URL stops working', params: idParams, response: { 204: z.null().describe('Revoked'), ...errorResponses } },
  }, async (request, reply) => {
    await agreements.revokeCalendarFeed(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });

  // The token is the credential: calendar apps fetch without cookies or headers.
  app.get('/api/calendar/:feed', {
    schema: { tags, security: [{}], operationId: 'getCalendarFeed', summary: 'The iCalendar feed behind a private URL', params: z.object({ feed: z.string().max(100) }), response: { 200: z.any().describe('text/calendar'), ...errorResponses } },
  }, async (request, reply) => {
    const token = request.params.feed.replace(/\.ics$/, '');
    if (!/^[\w-]{20,}$/.test(token)) throw notFound('calendar_feed');
    const text = await agreements.renderCalendarFeed(token, `${request.protocol}://${request.host}`);
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(text);
  });
}
