import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  answerMeetingRequestInput, brokerageSettingsInput, brokerageView, createEventInput, createMeetingRequestInput, eventDetails, eventPage, followUpInput,
  followUpParams, linkAgreementsInput, listEventsQuery, participantInput, participantParams, personalSchedule, replaceAgendaInput, requestParams,
  scheduleResult, updateEventInput, updateFollowUpInput, updateParticipantInput,
} from '../../../shared/contracts/events';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import type { EventsService } from './events.service';
import { rememberAnswer } from '../../lib/remembered-answers';

const created = z.object({ id: z.uuid() });

export function registerEventsRoutes(app: App, { events }: { events: EventsService }) {
  const tags = ['events'];
  const details = (id: string, request: Parameters<typeof contextOf>[0]) => events.get(id, contextOf(request));

  app.get('/api/events', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, operationId: 'listEvents', summary: 'Events the caller may see, by dates and kind (public ones for everyone)', querystring: listEventsQuery, response: { 200: eventPage, ...errorResponses } },
  }, async (request) => events.list(request.query, contextOf(request)));

  app.get('/api/events/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, operationId: 'getEvent', summary: 'An event with its participants, agenda, outcomes and brokerage settings', params: idParams, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => details(request.params.id, request));

  app.post('/api/events', {
    schema: { tags, security: signedIn, operationId: 'createEvent', summary: 'Register an event with its participants and agenda', body: createEventInput, response: { 201: eventDetails, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await details(await events.create(request.body, contextOf(request)), request)));

  app.patch('/api/events/:id', {
    schema: { tags, security: signedIn, operationId: 'updateEvent', summary: 'Edit an event', params: idParams, body: updateEventInput, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => {
    await events.update(request.params.id, request.body, contextOf(request));
    return details(request.params.id, request);
  });

  app.delete('/api/events/:id', {
    schema: { tags, security: signedIn, operationId: 'deleteEvent', summary: 'Delete an event with its participants, agenda, outcomes and meetings', params: idParams, response: { 204: z.null().describe('Deleted'), ...errorResponses } },
  }, async (request, reply) => {
    await events.remove(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });

  app.post('/api/events/:id/participants', {
    schema: { tags, security: signedIn, operationId: 'addEventParticipant', summary: 'Add an organization or one of its people to the event', params: idParams, body: participantInput, response: { 201: created, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send({ id: await events.addParticipant(request.params.id, request.body, contextOf(request)) }));

  app.patch('/api/events/:id/participants/:participantId', {
    schema: { tags, security: signedIn, operationId: 'updateEventParticipant', summary: 'Change a participant\'s role, brokerage availability or meeting limit', params: participantParams, body: updateParticipantInput, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => {
    await events.updateParticipant(request.params.id, request.params.participantId, request.body, contextOf(request));
    return details(request.params.id, request);
  });

  app.delete('/api/events/:id/participants/:participantId', {
    schema: { tags, security: signedIn, operationId: 'removeEventParticipant', summary: 'Remove a participant with their meeting requests', params: participantParams, response: { 204: z.null().describe('Removed'), ...errorResponses } },
  }, async (request, reply) => {
    await events.removeParticipant(request.params.id, request.params.participantId, contextOf(request));
    return reply.status(204).send(null);
  });

  app.put('/api/events/:id/agenda', {
    schema: { tags, security: signedIn, operationId: 'replaceEventAgenda', summary: 'Replace the agenda', params: idParams, body: replaceAgendaInput, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => {
    await events.replaceAgenda(request.params.id, request.body.items, contextOf(request));
    return details(request.params.id, request);
  });

  app.put('/api/events/:id/agreements', {
    schema: { tags, security: signedIn, operationId: 'linkEventAgreements', summary: 'The agreements signed at the event (the list is replaced whole)', params: idParams, body: linkAgreementsInput, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => {
    await events.linkAgreements(request.params.id, request.body.agreementIds, contextOf(request));
    return details(request.params.id, request);
  });

  app.post('/api/events/:id/follow-ups', {
    schema: { tags, security: signedIn, operationId: 'addEventFollowUp', summary: 'A follow-up task of the event with its owner and due date', params: idParams, body: followUpInput, response: { 201: created, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send({ id: await events.addFollowUp(request.params.id, request.body, contextOf(request)) }));

  app.patch('/api/events/:id/follow-ups/:followUpId', {
    schema: { tags, security: signedIn, operationId: 'updateEventFollowUp', summary: 'Mark a follow-up done, move its due date or owner', params: followUpParams, body: updateFollowUpInput, response: { 200: eventDetails, ...errorResponses } },
  }, async (request) => {
    await events.updateFollowUp(request.params.id, request.params.followUpId, request.body, contextOf(request));
    return details(request.params.id, request);
  });

  app.put('/api/events/:id/brokerage', {
    schema: { tags, security: signedIn, operationId: 'configureBrokerage', summary: 'Brokerage session settings: times, slot length, breaks, tables, default meeting limit', params: idParams, body: brokerageSettingsInput, response: { 200: brokerageView, ...errorResponses } },
  }, async (request) => {
    await events.configureBrokerage(request.params.id, request.body, contextOf(request));
    return events.brokerage(request.params.id, contextOf(request));
  });

  app.get('/api/events/:id/brokerage', {
    schema: { tags, security: signedIn, operationId: 'getBrokerage', summary: 'The brokerage session as the caller sees it: participants, their requests and meetings, slots', params: idParams, response: { 200: brokerageView, ...errorResponses } },
  }, async (request) => events.brokerage(request.params.id, contextOf(request)));

  app.post('/api/events/:id/meeting-requests', {
    schema: { tags, security: signedIn, operationId: 'requestMeeting', summary: 'Ask another brokerage participant for a one-to-one meeting', params: idParams, body: createMeetingRequestInput, response: { 201: created, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send({ id: await events.requestMeeting(request.params.id, request.body, contextOf(request)) }));

  app.post('/api/events/:id/meeting-requests/:requestId/answer', {
    schema: { tags, security: signedIn, operationId: 'answerMeetingRequest', summary: 'Accept or decline a meeting request (the asked side)', params: requestParams, body: answerMeetingRequestInput, response: { 200: brokerageView, ...errorResponses } },
  }, async (request) => {
    await events.answerMeetingRequest(request.params.id, request.params.requestId, request.body.accept, contextOf(request));
    return events.brokerage(request.params.id, contextOf(request));
  });

  app.post('/api/events/:id/brokerage/schedule', {
    schema: { tags, security: signedIn, operationId: 'runBrokerageScheduler', summary: 'Assign accepted requests to slots and tables (a draft until published)', params: idParams, response: { 200: scheduleResult, ...errorResponses } },
  }, async (request) => events.runScheduler(request.params.id, contextOf(request)));

  app.post('/api/events/:id/brokerage/publish', {
    schema: { tags, security: signedIn, operationId: 'publishBrokerageSchedule', summary: 'Publish the schedule to the participants', params: idParams, response: { 200: brokerageView, ...errorResponses } },
  }, async (request) => {
    await events.publishSchedule(request.params.id, contextOf(request));
    return events.brokerage(request.params.id, contextOf(request));
  });

  app.get('/api/events/:id/participants/:participantId/schedule', {
    schema: { tags, security: signedIn, operationId: 'getPersonalSchedule', summary: 'A participant\'s personal schedule of meetings', params: participantParams, response: { 200: personalSchedule, ...errorResponses } },
  }, async (request) => events.personalSchedule(request.params.id, request.params.participantId, contextOf(request)));

  app.get('/api/events/:id/participants/:participantId/schedule.ics', {
    schema: { tags, security: signedIn, operationId: 'getPersonalScheduleIcs', summary: 'A participant\'s personal schedule as an iCalendar file', params: participantParams, response: { 200: z.any().describe('text/calendar'), ...errorResponses } },
  }, async (request, reply) => {
    const file = await events.personalScheduleIcs(request.params.id, request.params.participantId, requestLanguage(request), `${request.protocol}://${request.host}`, contextOf(request));
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
}
