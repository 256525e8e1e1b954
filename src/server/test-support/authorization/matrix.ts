/**
 * The authorization matrix: for every endpoint, every role (and anonymous), and the caller's own
 * or a foreign organization, the expected status. Each feature keeps its rows beside its code in
 * `<feature>.matrix.ts`; the matrix test fails for any route of the app that has no rows.
 */
import type { TestClient } from '../test-app';
import type { MatrixWorld } from './matrix-world';

export const matrixRoles = ['anonymous', 'admin', 'coordinator', 'park_manager', 'member', 'analyst'] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export type Expected = Record<MatrixRole, number>;

export type MatrixRequest = { method: string; url: string; payload?: unknown; headers?: Record<string, string> };

export type MatrixCase = {
  /** own: the resource belongs to the caller's organization or ecosystem (or to the caller); foreign: to another one. */
  scope: 'own' | 'foreign' | 'any';
  request: (world: MatrixWorld, role: MatrixRole, client: TestClient) => MatrixRequest | Promise<MatrixRequest>;
  expect: Expected;
  /** Run on a fresh session, for requests that end the session they run on. */
  freshSession?: boolean;
};

export type MatrixRow = { route: string; cases: MatrixCase[] };

/** Shorthands for the usual shapes of expectations. */
export const everyone = (status: number): Expected => ({ anonymous: status, admin: status, coordinator: status, park_manager: status, member: status, analyst: status });
export const signedInOnly = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
export const adminOnly = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: 403, park_manager: 403, member: 403, analyst: 403 });
export const adminAndCoordinator = (status: number): Expected => ({ ...adminOnly(status), coordinator: status });
