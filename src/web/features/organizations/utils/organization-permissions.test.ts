import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { Role } from '../../../../shared/roles';
import { canCreateOrganization, canEditOrganization, canMergeOrganizations } from './organization-permissions';

const ownId = '00000000-0000-4000-8000-000000000001';
const otherId = '00000000-0000-4000-8000-000000000002';
const parkId = '00000000-0000-4000-8000-000000000003';

const userWith = (role: Role, scopeOrganizationId: string | null = null): CurrentUser => ({
  id: '00000000-0000-4000-8000-0000000000ff',
  email: 'someone@example.org',
  fullName: 'Someone',
  language: 'en',
  roles: [{ role, scopeOrganizationId }],
});

const own = { id: ownId, memberships: [] };
const resident = { id: otherId, memberships: [{ ecosystemId: parkId }] };

describe('organization controls shown to each role', () => {
  it('creating: admin, coordinator and park manager; not member or analyst', () => {
    expect((['admin', 'coordinator', 'park_manager', 'member', 'analyst'] as const).map((role) => canCreateOrganization(userWith(role, ownId)))).toEqual([true, true, true, false, false]);
    expect(canCreateOrganization(null)).toBe(false);
  });

  it('merging: admin and coordinator only', () => {
    expect((['admin', 'coordinator', 'park_manager', 'member', 'analyst'] as const).map((role) => canMergeOrganizations(userWith(role, parkId)))).toEqual([true, true, false, false, false]);
  });

  it('editing: a member edits their own organization and not another', () => {
    expect(canEditOrganization(userWith('member', ownId), own)).toBe(true);
    expect(canEditOrganization(userWith('member', ownId), resident)).toBe(false);
  });

  it('editing: a park manager edits the park and its residents, not others', () => {
    expect(canEditOrganization(userWith('park_manager', parkId), resident)).toBe(true);
    expect(canEditOrganization(userWith('park_manager', parkId), { id: parkId, memberships: [] })).toBe(true);
    expect(canEditOrganization(userWith('park_manager', parkId), own)).toBe(false);
  });

  it('editing: coordinators any, analysts none', () => {
    expect(canEditOrganization(userWith('coordinator'), resident)).toBe(true);
    expect(canEditOrganization(userWith('analyst'), own)).toBe(false);
  });
});
