import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './http';

/** The OpenAPI 3.1 document is generated from the same Zod contracts that validate requests. */
export async function registerOpenApi(app: App) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Northbridge API',
        version: '0.1.0',
        description: 'Registry of organizations and ecosystems, partner matching, agreements with roadmaps, joint projects and indicators. Errors are `{ code, message, details? }`; cookie-authenticated writes need the `x-csrf-token` header from `GET /api/auth/csrf`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'auth', description: 'Sign-in, sessions, API tokens, own preferences' },
        { name: 'users', description: 'User administration' },
        { name: 'audit', description: 'The audit trail' },
        { name: 'registry', description: 'Organizations and directions' },
        { name: 'ecosystems', description: 'Parks, clusters and networks: their members, register and figures' },
        { name: 'contacts', description: 'Contacts of organizations and their personal-data consents (152-FZ)' },
        { name: 'taxonomy', description: 'The direction taxonomy: hierarchy, ru/en/zh labels, FORD fields, ОКВЭД2 sections' },
        { name: 'agreements', description: 'Cooperation agreements' },
        { name: 'indicators', description: 'Indicators and strategic targets' },
        { name: 'dashboard', description: 'The first screen' },
        { name: 'search', description: 'One search across the registry and agreements' },
        { name: 'imports', description: 'Spreadsheet imports: upload, mapping, dry run, commit as a job' },
        { name: 'reference', description: 'Lists of values: countries with their names in ru/en/zh' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nb_session', description: 'Session cookie set by POST /api/auth/login' },
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
