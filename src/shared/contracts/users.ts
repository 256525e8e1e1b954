import { z } from 'zod';
import { languages } from '../languages';
import { listQuery, localizedText, pageOf, timestamp } from './common';
import { passwordPolicy, roleAssignment } from './auth';

export const user = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  language: z.enum(languages),
  active: z.boolean(),
  roles: z.array(roleAssignment.extend({ scopeName: localizedText.nullable() })),
  createdAt: timestamp,
});
export type User = z.infer<typeof user>;

export const listUsersQuery = listQuery(['email', 'fullName', 'createdAt']).extend({
  active: z.enum(['true', 'false']).optional(),
});
export const userPage = pageOf(user);

export const createUserInput = z
  .object({
    email: z.email().max(254),
    fullName: z.string().trim().min(1).max(200),
    password: passwordPolicy,
    language: z.enum(languages).default('ru'),
    roles: z.array(roleAssignment).max(50).default([]),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({
    fullName: z.string().trim().min(1).max(200).optional(),
    language: z.enum(languages).optional(),
    active: z.boolean().optional(),
    roles: z.array(roleAssignment).max(50).optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetPasswordInput = z.object({ newPassword: passwordPolicy }).strict();
