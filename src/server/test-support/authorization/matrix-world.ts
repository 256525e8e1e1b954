import type { Database } from '../../db/client';
import { agreementParties, agreements, indicators } from '../../db/schema/index';
import type { App } from '../../lib/http';
import { addMembership, createEcosystem, createOrganization, createUser, type RoleSpec } from '../factories';
import { TestClient } from '../test-app';
import type { MatrixRole } from './matrix';

/** Private figures of foreign organizations: a body containing one of these has leaked. */
export const foreignSentinels = ['7770011', '7770022', '9990011', '9990022'];

/**
 * Two parks side by side. The caller's side: park P, its resident A (private). The foreign side:
 * park Q, its residents B (private) and C (network-visible), each with private figures.
 */
export async function buildMatrixWorld(app: App, db: Database) {
  const ownPark = await createEcosystem(db, { nameEn: 'Own Park' });
  const foreignPark = await createEcosystem(db, { nameEn: 'Foreign Park' });
  const ownOrganization = await createOrganization(db, { nameEn: 'Own Company', visibility: 'private', headcount: 1234567 });
  const foreignOrganization = await createOrganization(db, { nameEn: 'Foreign Company', visibility: 'private', headcount: 7770011, revenueRub: 9990011 });
  const foreignNetworkOrganization = await createOrganization(db, { nameEn: 'Foreign Network Company', visibility: 'network', headcount: 7770022, revenueRub: 9990022 });
  await addMembership(db, ownPark.id, ownOrganization.id);
  await addMembership(db, foreignPark.id, foreignOrganization.id);
  await addMembership(db, foreignPark.id, foreignNetworkOrganization.id);

  const roleSpecs: Record<Exclude<MatrixRole, 'anonymous'>, RoleSpec[]> = {
    admin: [{ role: 'admin' }],
    coordinator: [{ role: 'coordinator' }],
    park_manager: [{ role: 'park_manager', scopeOrganizationId: ownPark.id }],
    member: [{ role: 'member', scopeOrganizationId: ownOrganization.id }],
    analyst: [{ role: 'analyst' }],
  };
  const users = {} as Record<Exclude<MatrixRole, 'anonymous'>, Awaited<ReturnType<typeof createUser>>>;
  for (const [role, specs] of Object.entries(roleSpecs)) users[role as keyof typeof users] = await createUser(db, specs, { email: `${role}@matrix.test` });
  const bystander = await createUser(db, [{ role: 'analyst' }], { email: 'bystander@matrix.test' });

  const [ownAgreement] = await db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Own confidential', status: 'active', confidential: true }).returning();
  const [foreignAgreement] = await db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Foreign confidential', status: 'active', confidential: true }).returning();
  await db.insert(agreementParties).values([
    { agreementId: ownAgreement!.id, organizationId: ownOrganization.id },
    { agreementId: foreignAgreement!.id, organizationId: foreignOrganization.id },
  ]);
  const [regionalIndicator] = await db.insert(indicators).values({ code: 'M-REGIONAL', unit: 'people', level: 'regional', nameEn: 'Regional' }).returning();
  const [projectIndicator] = await db.insert(indicators).values({ code: 'M-PROJECT', unit: 'pieces', level: 'project', nameEn: 'Project' }).returning();

  const world = {
    app,
    db,
    ownPark,
    foreignPark,
    ownOrganization,
    foreignOrganization,
    foreignNetworkOrganization,
    users,
    bystander,
    ownAgreement: ownAgreement!,
    foreignAgreement: foreignAgreement!,
    regionalIndicator: regionalIndicator!,
    projectIndicator: projectIndicator!,
    /** A token of a user other than the caller, for "foreign" token cases. */
    foreignTokenId: '',
    clients: {} as Record<MatrixRole, TestClient>,
    async clientFor(role: MatrixRole, fresh = false): Promise<TestClient> {
      if (role === 'anonymous') return fresh ? new TestClient(app) : world.clients.anonymous;
      return fresh ? new TestClient(app).login(users[role].email) : world.clients[role];
    },
  };
  world.clients.anonymous = new TestClient(app);
  for (const role of Object.keys(users) as (keyof typeof users)[]) world.clients[role] = await new TestClient(app).login(users[role].email);
  const bystanderClient = await new TestClient(app).login(bystander.email);
  world.foreignTokenId = (await bystanderClient.post('/api/auth/tokens', { name: 'bystander' })).json().id;
  return world;
}

export type MatrixWorld = Awaited<ReturnType<typeof buildMatrixWorld>>;
