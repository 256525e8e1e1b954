import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../lib/actor';
import { basisOf, CheckedImports } from './checked-imports';

const actor: UserActor = { kind: 'user', id: 'u1', email: 'a@example.org', fullName: 'A', language: 'ru', roles: ['park_manager'], memberOrganizationIds: [], managedEcosystemIds: ['p1'], via: 'session' };
const mapping = { Название: 'name_ru', Страна: 'country' } as const;

describe('the kept dry run of an import', () => {
  const kept = () => {
    let now = 0;
    const checked = new CheckedImports<string>(() => now, 1000);
    checked.remember('run-1', basisOf(7, actor, mapping), 'rows');
    return { checked, later: (ms: number) => { now += ms; } };
  };

  it('is given back once, for the same run on the same basis, however the mapping and roles are ordered', () => {
    const { checked } = kept();
    expect(checked.take('run-2', basisOf(7, actor, mapping))).toBeUndefined();
    expect(checked.take('run-1', basisOf(7, { ...actor, via: 'token' }, { Страна: 'country', Название: 'name_ru' }))).toBe('rows');
    expect(checked.take('run-1', basisOf(7, actor, mapping))).toBeUndefined();
  });

  it('is not given back once the registry, the caller or the mapping has moved, nor when too old', () => {
    const moved = [
      basisOf(8, actor, mapping),
      basisOf(7, { ...actor, roles: [] }, mapping),
      basisOf(7, { ...actor, managedEcosystemIds: ['p2'] }, mapping),
      basisOf(7, { ...actor, id: 'u2' }, mapping),
      basisOf(7, actor, { ...mapping, Страна: 'region' }),
    ];
    for (const basis of moved) expect(kept().checked.take('run-1', basis)).toBeUndefined();
    const { checked, later } = kept();
    later(1001);
    expect(checked.take('run-1', basisOf(7, actor, mapping))).toBeUndefined();
  });

  it('holds one run only: a newer check replaces it', () => {
    const { checked } = kept();
    checked.remember('run-2', basisOf(7, actor, mapping), 'other rows');
    expect(checked.take('run-1', basisOf(7, actor, mapping))).toBeUndefined();
    expect(checked.take('run-2', basisOf(7, actor, mapping))).toBe('other rows');
  });
});
