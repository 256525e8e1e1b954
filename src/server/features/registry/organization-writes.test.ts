import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../db/client';
import { auditLog, directions, okvedCodes } from '../../db/schema/index';
import { createUser } from '../../test-support/factories';
import { createTestDatabase } from '../../test-support/test-database';
import { insertOrganizationsWithLinks, insertOrganizationWithLinks, type Fields } from './organization-writes';

let connection: DatabaseConnection;
let context: { actor: { kind: 'user'; id: string; email: string; fullName: string; language: 'ru'; roles: ['coordinator']; memberOrganizationIds: []; managedEcosystemIds: []; via: 'session' }; requestId: string };
beforeAll(async () => {
  connection = await createTestDatabase();
  const user = await createUser(connection.db, [{ role: 'coordinator' }]);
  context = { actor: { kind: 'user', id: user.id, email: user.email, fullName: 'Coordinator', language: 'ru', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' }, requestId: 'test' };
});
afterAll(async () => connection.close());

const changesOf = async (id: string) => {
  const [entry] = await connection.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'create')));
  const { id: _id, ...changes } = entry!.changes;
  return changes;
};

describe('organizations inserted many at once', () => {
  it('are audited with the same state the one-by-one write reads back from the database', async () => {
    // Links given out of order and with punctuation, where the database's collation and JavaScript's sort may differ.
    const directionRows = await connection.db.select({ id: directions.id, code: directions.code }).from(directions).where(like(directions.code, '%\\_%')).limit(4);
    const codes = (await connection.db.select({ code: okvedCodes.code }).from(okvedCodes).where(inArray(okvedCodes.code, ['62.01', '62.02', '72.19', '26.1', '26.11']))).map((c) => c.code);
    expect(directionRows.length).toBeGreaterThan(1);
    expect(codes.length).toBeGreaterThan(2);
    const rich = (name: string): Fields => ({
      name: { ru: `ООО «${name}»`, en: `${name} LLC`, zh: null },
      shortName: { ru: name, en: null, zh: null },
      kind: 'company', country: 'RU', region: 'Москва', city: { ru: 'Москва', en: 'Moscow', zh: '莫斯科' }, website: 'https://example.org',
      description: { ru: 'Разработка программ', en: null, zh: null }, sizeBand: 'small', foundedYear: 2011,
      privateFigures: { headcount: 12, revenueRub: 1234567.895, exportsRub: null },
      identifiers: name === 'Rich One' ? [{ scheme: 'ogrn', value: '1027700132195' }, { scheme: 'inn', value: '7707083893' }] : [],
      activityCodes: { main: codes[1]!, additional: [...codes].reverse() },
      directionIds: directionRows.map((d) => d.id).reverse(),
    });
    const plain: Fields = { name: { ru: null, en: 'Plain LLC', zh: '普通' }, kind: 'university', country: 'CN' };

    const [oneByOne, manyAtOnce] = [[] as string[], [] as string[]];
    await connection.db.transaction(async (tx) => {
      oneByOne.push(await insertOrganizationWithLinks(tx, { visibility: 'public', ...rich('Rich One') }, context));
      oneByOne.push(await insertOrganizationWithLinks(tx, { visibility: 'public', ...plain, externalId: 'plain-1' }, context));
    });
    // Same fields under other unique values: the identifiers and external id are taken by the first ones.
    await connection.db.transaction(async (tx) => {
      manyAtOnce.push(...(await insertOrganizationsWithLinks(tx, [{ visibility: 'public', ...rich('Rich One'), identifiers: [{ scheme: 'ogrn', value: '1037739010891' }, { scheme: 'inn', value: '7728168971' }] }, { visibility: 'public', ...plain, externalId: 'plain-2' }], context)));
    });

    const [richRead, plainRead] = await Promise.all(oneByOne.map(changesOf));
    const [richBuilt, plainBuilt] = await Promise.all(manyAtOnce.map(changesOf));
    expect(richRead!.revenueRub).toEqual({ before: null, after: 1234567.9 });
    expect(richRead!.identifiers).toEqual({ before: null, after: ['inn:7707083893', 'ogrn:1027700132195'] });
    expect(richBuilt).toEqual({ ...richRead, identifiers: { before: null, after: ['inn:7728168971', 'ogrn:1037739010891'] } });
    expect(plainBuilt).toEqual({ ...plainRead, externalId: { before: null, after: 'plain-2' } });
  });
});
