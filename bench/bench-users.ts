import type { DatabaseConnection } from '../src/server/db/client';
import { apiTokens, sessions, userRoles, users } from '../src/server/db/schema/index';
import { randomToken, sha256 } from '../src/server/lib/secrets';

/**
 * A coordinator (sees every organization) with an API token and a session, written straight to the
 * tables: the benchmarks measure reads, not sign-in. The session expires far enough away that the
 * sliding expiry never writes during a run.
 */
export async function createCoordinator(connection: DatabaseConnection) {
  const bearerToken = `nb_${randomToken()}`;
  const sessionToken = randomToken();
  const [user] = await connection.db.insert(users).values({ email: `bench.coordinator.${sessionToken.slice(0, 8)}@example.org`, fullName: 'Bench Coordinator', passwordHash: 'not-used' }).returning();
  await connection.db.insert(userRoles).values({ userId: user!.id, role: 'coordinator' });
  await connection.db.insert(apiTokens).values({ userId: user!.id, name: 'bench', tokenHash: sha256(bearerToken), prefix: bearerToken.slice(0, 10) });
  await connection.db.insert(sessions).values({ userId: user!.id, tokenHash: sha256(sessionToken), expiresAt: new Date(Date.now() + 13.99 * 86_400_000) });
  return { userId: user!.id, bearerToken, sessionToken };
}
