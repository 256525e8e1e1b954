/** Roles a user can hold. park_manager is scoped to ecosystems, member to organizations. */
export const roles = ['admin', 'coordinator', 'park_manager', 'member', 'analyst'] as const;
export type Role = (typeof roles)[number];

export const scopedRoles = ['park_manager', 'member'] as const satisfies readonly Role[];

export function isScopedRole(role: Role): role is (typeof scopedRoles)[number] {
  return (scopedRoles as readonly Role[]).includes(role);
}
