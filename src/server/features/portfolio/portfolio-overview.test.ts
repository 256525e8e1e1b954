import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directions } from '../../db/schema/index';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let portfolioId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  const [first, second] = await db.select({ id: directions.id }).from(directions).limit(2);
  if (!first || !second) throw new Error('the reference directions are missing');
  Object.assign(ids, {
    directionA: first.id, directionB: second.id,
    parkA: (await createEcosystem(db, { nameEn: 'Great Stone' })).id, parkB: (await createEcosystem(db, { nameEn: 'Hi-Tech Park' })).id,
    curatorA: (await createUser(db, [{ role: 'analyst' }], { fullName: 'Anna Curator' })).id, curatorB: (await createUser(db, [{ role: 'analyst' }], { fullName: 'Boris Curator' })).id,
  });
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  portfolioId = (await coordinator.post('/api/portfolios', { code: 'FLT', name: { en: 'Filters' } })).json().id;
  for (const [code, side] of [['FLT-A', 'A'], ['FLT-B', 'B']] as const) {
    const created = await coordinator.post('/api/projects', {
      portfolioId, code, shortName: { en: code }, fullName: { en: code }, startsOn: '2025-01-01', endsOn: '2027-12-31', participants: [],
      directionIds: [ids[`direction${side}`]], ecosystemIds: [ids[`park${side}`]], curatorUserId: ids[`curator${side}`],
    });
    expect(created.statusCode).toBe(201);
  }
});
afterAll(async () => t.close());

const codes = async (query: string) => {
  const response = await coordinator.get(`/api/portfolio/overview?portfolioId=${portfolioId}&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().items.map((p: { code: string }) => p.code);
};

describe('the overview filters', () => {
  it.each([
    ['direction', 'directionId', 'directionA', ['FLT-A']],
    ['direction', 'directionId', 'directionB', ['FLT-B']],
    ['ecosystem', 'ecosystemId', 'parkB', ['FLT-B']],
    ['curator', 'curatorUserId', 'curatorA', ['FLT-A']],
  ])('narrows by %s (%s = %s)', async (_name, param, key, expected) => {
    expect(await codes(`${param}=${ids[key]}`)).toEqual(expected);
  });

  it('narrows by stage and health, and combines filters', async () => {
    expect(await codes('stage=initiation')).toEqual(['FLT-A', 'FLT-B']);
    expect(await codes('stage=execution')).toEqual([]);
    expect(await codes('health=none')).toEqual(['FLT-A', 'FLT-B']);
    expect(await codes(`health=none&ecosystemId=${ids.parkA}&curatorUserId=${ids.curatorB}`)).toEqual([]);
  });

  it('refuses an unknown stage with a clear error', async () => {
    const response = await coordinator.get(`/api/portfolio/overview?stage=sleeping`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('offers the people who curate a project as the curator filter choices', async () => {
    const { curators } = (await coordinator.get('/api/portfolios')).json();
    expect(curators).toEqual([{ id: ids.curatorA, fullName: 'Anna Curator' }, { id: ids.curatorB, fullName: 'Boris Curator' }]);
  });
});
