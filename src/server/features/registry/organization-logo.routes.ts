import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { AppError } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, signedInOrAnonymous, type App } from '../../lib/http';
import { logoTypes, maxLogoBytes } from './organization-logo';
import type { RegistryService } from './registry.service';

export function registerOrganizationLogoRoutes(app: App, { registry }: { registry: RegistryService }) {
  const tags = ['registry'];

  // Only this scope takes image bodies, a little over the limit so that an oversized one is answered by the rule.
  app.register(async (scope) => {
    scope.addContentTypeParser([...logoTypes, 'image/svg+xml', 'image/gif'], { parseAs: 'buffer', bodyLimit: maxLogoBytes * 2 }, (_request, body, done) => done(null, body));
    (scope as App).put('/api/organizations/:id/logo', {
      bodyLimit: maxLogoBytes * 2,
      schema: { tags, security: signedIn, operationId: 'setOrganizationLogo', summary: 'Set the logo: the body is a PNG, JPEG or WebP image of at most 1 MB', params: idParams, response: { 204: z.null().describe('Set'), ...errorResponses } },
    }, async (request, reply) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('LOGO_NOT_AN_IMAGE', { allowed: logoTypes });
      await registry.setLogo(request.params.id, request.headers['content-type'] ?? '', body, contextOf(request));
      return reply.status(204).send(null);
    });
  });

  app.delete('/api/organizations/:id/logo', {
    schema: { tags, security: signedIn, operationId: 'removeOrganizationLogo', summary: 'Remove the logo', params: idParams, response: { 204: z.null().describe('Removed'), ...errorResponses } },
  }, async (request, reply) => {
    await registry.removeLogo(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });

  app.get('/api/organizations/:id/logo', {
    schema: { tags, security: signedInOrAnonymous, operationId: 'getOrganizationLogo', summary: 'The logo image, for those who may see the organization', params: idParams, querystring: z.object({ v: z.string().max(64).optional() }), response: { 200: z.any().describe('The image'), ...errorResponses } },
  }, async (request, reply) => {
    const logo = await registry.getLogo(request.params.id, contextOf(request));
    return reply
      .header('content-type', logo.contentType)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('content-security-policy', "default-src 'none'")
      .send(logo.content);
  });
}
