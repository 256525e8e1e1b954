/**
 * The users feature owns accounts and their roles: the admin creates users, assigns roles with
 * their scopes (a park manager's ecosystems, a member's organizations), deactivates and resets passwords.
 */
import type { RoleAssignment } from '../../../shared/contracts/auth';
import type { CreateUserInput, UpdateUserInput, User } from '../../../shared/contracts/users';
import { isEcosystemKind } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { isScopedRole, type Role } from '../../../shared/roles';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { hashPassword } from '../../lib/secrets';
import { endAllSessionsOfUser } from '../auth/auth.service';
import { canUsers } from './users.policy';
import * as repo from './users.repo';

type Dependencies = { db: Database; clock: Clock };

/** Unscoped roles never carry a scope; duplicates collapse; scoped roles must name a fitting organization. */
async function normalizeRoles(db: Executor, assignments: RoleAssignment[]): Promise<RoleAssignment[]> {
  const unique = new Map<string, RoleAssignment>();
  for (const a of assignments) {
    const scope = isScopedRole(a.role) ? a.scopeOrganizationId : null;
    if (isScopedRole(a.role) && !scope) throw new AppError('SCOPE_REQUIRED', { role: a.role });
    unique.set(`${a.role}:${scope}`, { role: a.role, scopeOrganizationId: scope });
  }
  const normalized = [...unique.values()];
  const scopeIds = normalized.flatMap((a) => (a.scopeOrganizationId ? [a.scopeOrganizationId] : []));
  const kinds = new Map((await repo.findOrganizationKinds(db, scopeIds)).map((o) => [o.id, o.kind]));
  for (const a of normalized) {
    if (!a.scopeOrganizationId) continue;
    const kind = kinds.get(a.scopeOrganizationId);
    if (!kind) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'body.roles', kind: 'invalid_value', message: 'Unknown organization' }] });
    if (a.role === 'park_manager' && !isEcosystemKind(kind)) throw new AppError('SCOPE_NOT_ECOSYSTEM');
  }
  return normalized;
}

export function createUsersService({ db, clock }: Dependencies) {
  async function loadUsers(executor: Executor, rows: Awaited<ReturnType<typeof repo.findUser>>[]): Promise<User[]> {
    const present = rows.filter((r): r is NonNullable<typeof r> => Boolean(r));
    const roleRows = await repo.listRolesWithScopeNames(executor, present.map((r) => r.id));
    return present.map((row) => ({
      id: row.id,
      email: row.email,
      fullName: row.fullName,
      language: row.language as Language,
      active: row.active,
      createdAt: row.createdAt.toISOString(),
      roles: roleRows
        .filter((r) => r.userId === row.id)
        .map((r) => ({ role: r.role as Role, scopeOrganizationId: r.scopeOrganizationId, scopeName: r.scopeOrganizationId ? r.scopeName : null })),
    }));
  }

  async function getUser(executor: Executor, id: string): Promise<User> {
    const [user] = await loadUsers(executor, [await repo.findUser(executor, id)]);
    if (!user) throw notFound('user', id);
    return user;
  }

  return {
    async list(filter: repo.UserListFilter, context: RequestContext) {
      authorize(context.actor, canUsers(context.actor, 'list'));
      const { rows, total } = await repo.listUsers(db, filter);
      return { items: await loadUsers(db, rows), page: filter.page, pageSize: filter.pageSize, total };
    },

    async get(id: string, context: RequestContext) {
      authorize(context.actor, canUsers(context.actor, 'read'));
      return getUser(db, id);
    },

    async create(input: CreateUserInput, context: RequestContext) {
      authorize(context.actor, canUsers(context.actor, 'create'));
      const email = input.email.toLowerCase();
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        if (await repo.findUserByEmail(tx, email)) throw new AppError('EMAIL_TAKEN', { email });
        const roles = await normalizeRoles(tx, input.roles);
        const row = await repo.insertUser(tx, { email, fullName: input.fullName, passwordHash, language: input.language });
        await repo.replaceRoles(tx, row.id, roles);
        const created = await getUser(tx, row.id);
        await recordAudit(tx, context, { action: 'create', entityType: 'user', entityId: row.id, after: { email, fullName: row.fullName, language: row.language, active: true, roles } });
        return created;
      });
    },

    async update(id: string, input: UpdateUserInput, context: RequestContext) {
      authorize(context.actor, canUsers(context.actor, 'update'));
      if (input.active === false && context.actor.kind === 'user' && context.actor.id === id) {
        throw new AppError('CANNOT_DEACTIVATE_SELF');
      }
      return db.transaction(async (tx) => {
        const before = await getUser(tx, id);
        const { roles, ...fields } = input;
        if (Object.keys(fields).length > 0) await repo.updateUser(tx, id, { ...fields, updatedAt: clock.now() });
        if (roles) await repo.replaceRoles(tx, id, await normalizeRoles(tx, roles));
        // A deactivated account is signed out everywhere at once.
        if (input.active === false) await endAllSessionsOfUser(tx, id);
        const after = await getUser(tx, id);
        const strip = (u: User) => ({ fullName: u.fullName, language: u.language, active: u.active, roles: u.roles.map(({ role, scopeOrganizationId }) => ({ role, scopeOrganizationId })) });
        await recordAudit(tx, context, { action: 'update', entityType: 'user', entityId: id, before: strip(before), after: strip(after) });
        return after;
      });
    },

    async resetPassword(id: string, newPassword: string, context: RequestContext) {
      authorize(context.actor, canUsers(context.actor, 'resetPassword'));
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await getUser(tx, id);
        await repo.updateUser(tx, id, { passwordHash, updatedAt: clock.now() });
        await endAllSessionsOfUser(tx, id);
        await recordAudit(tx, context, { action: 'reset_password', entityType: 'user', entityId: id, changes: { password: { before: '[secret]', after: '[secret]' } } });
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
