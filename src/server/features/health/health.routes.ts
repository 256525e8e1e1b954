/** Liveness and readiness: is the database reachable, which migrations are applied. */
import { healthResponse } from '../../../shared/contracts/health';
import type { DatabaseConnection } from '../../db/client';
import { currentMigration } from '../../db/migrate';
import { errorResponses, signedInOrAnonymous, type App } from '../../lib/http';

export function registerHealthRoutes(app: App, { connection, version }: { connection: DatabaseConnection; version: string }) {
  app.get('/api/health', {
    schema: { tags: ['health'], security: signedInOrAnonymous, summary: 'Liveness, database reachability and migration version', operationId: 'getHealth', response: { 200: healthResponse, 503: healthResponse, ...errorResponses } },
  }, async (request, reply) => {
    try {
      const migrations = await currentMigration(connection);
      return { status: 'ok' as const, database: { engine: connection.engine, reachable: true }, migrations: { applied: migrations.count, lastAppliedAt: migrations.lastAppliedAt }, version };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.status(503).send({ status: 'degraded' as const, database: { engine: connection.engine, reachable: false }, migrations: { applied: 0, lastAppliedAt: null }, version });
    }
  });
}
