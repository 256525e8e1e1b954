import type { Role } from '../../shared/roles';
import type { Language } from '../../shared/languages';

export type UserActor = {
  kind: 'user';
  id: string;
  email: string;
  fullName: string;
  language: Language;
  roles: Role[];
  /** Organizations the user is a member of (role member). */
  memberOrganizationIds: string[];
  /** Ecosystems the user manages (role park_manager). */
  managedEcosystemIds: string[];
  via: 'session' | 'token';
  sessionId?: string;
};

export type AnonymousActor = { kind: 'anonymous' };
export type Actor = UserActor | AnonymousActor;

export const anonymous: AnonymousActor = { kind: 'anonymous' };

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
  return actor.kind === 'user' && actor.roles.some((role) => wanted.includes(role));
}

/** What every service receives about the caller of the current operation. */
export type RequestContext = { actor: Actor; requestId: string };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}
