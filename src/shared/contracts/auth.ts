import { z } from 'zod';
import { languages } from '../languages';
import { roles } from '../roles';
import { timestamp } from './common';

export const loginInput = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(256),
  })
  .strict();
export type LoginInput = z.infer<typeof loginInput>;

export const roleAssignment = z.object({
  role: z.enum(roles),
  scopeOrganizationId: z.uuid().nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const currentUser = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  language: z.enum(languages),
  roles: z.array(roleAssignment),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const meResponse = z.object({ user: currentUser.nullable() });

export const csrfResponse = z.object({ token: z.string() });

export const passwordPolicy = z.string().min(10).max(256);

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: passwordPolicy })
  .strict();

export const updatePreferencesInput = z.object({ language: z.enum(languages) }).strict();

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;
export const apiTokenList = z.object({ items: z.array(apiToken) });

export const createApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) }).strict();
export const createdApiToken = apiToken.extend({ token: z.string().describe('Shown once; store it now') });
