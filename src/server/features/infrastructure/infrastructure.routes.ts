import { z } from 'zod';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import {
  createInfrastructureInput, infrastructureObject, infrastructurePage, listInfrastructureQuery, occupancy, occupancyQuery, reorderPhotosInput, updateInfrastructureInput,
} from '../../../shared/contracts/infrastructure';
import { AppError } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { maxPhotoBytes, photoTypes, type InfrastructurePhotos } from './infrastructure-photos';
import type { InfrastructureService } from './infrastructure.service';
import { rememberAnswer } from '../../lib/remembered-answers';

const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() }).strict();

export function registerInfrastructureRoutes(app: App, { infrastructure, photos }: { infrastructure: InfrastructureService; photos: InfrastructurePhotos }) {
  const tags = ['infrastructure'];

  app.get('/api/infrastructure', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'The infrastructure offer the caller may see, with filters by type, park, area, price and availability', operationId: 'listInfrastructure', querystring: listInfrastructureQuery, response: { 200: infrastructurePage, ...errorResponses } },
  }, async (request) => infrastructure.list(request.query, contextOf(request)));

  app.get('/api/infrastructure/occupancy', {
    config: rememberAnswer,
    schema: { tags, security: signedIn, summary: 'Area of a park\'s objects by status at the end of each month', operationId: 'getInfrastructureOccupancy', querystring: occupancyQuery, response: { 200: occupancy, ...errorResponses } },
  }, async (request) => infrastructure.occupancy(request.query, contextOf(request)));

  app.get('/api/infrastructure/:id', {
    config: rememberAnswer,
    schema: { tags, security: signedInOrAnonymous, summary: 'An infrastructure object with its conditions and photos', operationId: 'getInfrastructure', params: idParams, response: { 200: infrastructureObject, ...errorResponses } },
  }, async (request) => infrastructure.get(request.params.id, contextOf(request)));

  app.post('/api/infrastructure', {
    schema: { tags, security: signedIn, summary: 'Add an object to a park\'s offer', operationId: 'createInfrastructure', body: createInfrastructureInput, response: { 201: infrastructureObject, ...errorResponses } },
  }, async (request, reply) => {
    const id = await infrastructure.create(request.body, contextOf(request));
    return reply.status(201).send(await infrastructure.get(id, contextOf(request)));
  });

  app.patch('/api/infrastructure/:id', {
    schema: { tags, security: signedIn, summary: 'Edit an object; a change of status or area is kept in its history', operationId: 'updateInfrastructure', params: idParams, body: updateInfrastructureInput, response: { 200: infrastructureObject, ...errorResponses } },
  }, async (request) => {
    await infrastructure.update(request.params.id, request.body, contextOf(request));
    return infrastructure.get(request.params.id, contextOf(request));
  });

  // Only this scope takes image bodies, a little over the limit so that an oversized one is answered by the rule.
  app.register(async (scope) => {
    scope.addContentTypeParser([...photoTypes, 'image/svg+xml', 'image/gif'], { parseAs: 'buffer', bodyLimit: maxPhotoBytes * 2 }, (_request, body, done) => done(null, body));
    (scope as App).post('/api/infrastructure/:id/photos', {
      bodyLimit: maxPhotoBytes * 2,
      schema: { tags, security: signedIn, operationId: 'addInfrastructurePhoto', summary: 'Add a photo: the body is a PNG, JPEG or WebP image of at most 2 MB', params: idParams, response: { 201: z.object({ id: z.uuid() }), 413: errorResponse, 415: errorResponse, ...errorResponses } },
    }, async (request, reply) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('PHOTO_NOT_AN_IMAGE', { allowed: photoTypes });
      const id = await photos.add(request.params.id, request.headers['content-type'] ?? '', body, contextOf(request));
      return reply.status(201).send({ id });
    });
  });

  app.get('/api/infrastructure/:id/photos/:photoId', {
    schema: { tags, security: signedInOrAnonymous, operationId: 'getInfrastructurePhoto', summary: 'A photo of an object, for those who may see the object', params: photoParams, response: { 200: z.any().describe('The image'), ...errorResponses } },
  }, async (request, reply) => {
    const photo = await photos.get(request.params.id, request.params.photoId, contextOf(request));
    return reply.header('content-type', photo.contentType).header('cache-control', 'private, max-age=31536000, immutable').header('content-security-policy', "default-src 'none'").send(photo.content);
  });

  app.put('/api/infrastructure/:id/photos/order', {
    schema: { tags, security: signedIn, operationId: 'reorderInfrastructurePhotos', summary: 'Put the photos in a new order; the first is the cover', params: idParams, body: reorderPhotosInput, response: { 200: infrastructureObject, ...errorResponses } },
  }, async (request) => {
    await photos.reorder(request.params.id, request.body, contextOf(request));
    return infrastructure.get(request.params.id, contextOf(request));
  });

  app.delete('/api/infrastructure/:id/photos/:photoId', {
    schema: { tags, security: signedIn, operationId: 'removeInfrastructurePhoto', summary: 'Remove a photo', params: photoParams, response: { 204: z.null().describe('Removed'), ...errorResponses } },
  }, async (request, reply) => {
    await photos.remove(request.params.id, request.params.photoId, contextOf(request));
    return reply.status(204).send(null);
  });
}
