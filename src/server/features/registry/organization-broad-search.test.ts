import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../db/client';
import { anonymous, type RequestContext } from '../../lib/actor';
import { systemClock } from '../../lib/clock';
import { createTestDatabase } from '../../test-support/test-database';
import { createOrganization, createUser } from '../../test-support/factories';
import { searchQuery } from '../../../shared/contracts/search';
import { createAuditService } from '../audit/audit.service';
import { createRegistryService, type RegistryService } from './registry.service';

let connection: DatabaseConnection;
let coordinator: RequestContext;
/** Broad from 5 hits on, so a few rows show what 100,000 would (ADR 041). */
let broad: RegistryService;
let narrow: RegistryService;
const named: string[] = [];
beforeAll(async () => {
  connection = await createTestDatabase();
  const { db } = connection;
  const user = await createUser(db, [{ role: 'coordinator' }]);
  coordinator = { actor: { kind: 'user', id: user.id, email: user.email, fullName: user.fullName, language: 'ru', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' }, requestId: 'test' };
  broad = createRegistryService({ db, clock: systemClock, audit: createAuditService({ db }), rankedHitLimit: 5 });
  narrow = createRegistryService({ db, clock: systemClock, audit: createAuditService({ db }) });
  for (let i = 0; i < 3; i++) named.push((await createOrganization(db, { nameRu: `Робототехника ${i}`, descriptionRu: i === 0 ? 'Робототехника и ещё раз робототехника' : null })).id);
  for (let i = 0; i < 9; i++) await createOrganization(db, { nameRu: `Завод ${i}`, descriptionRu: 'Промышленная робототехника для заводов', visibility: i < 2 ? 'members' : 'public' });
  for (let i = 0; i < 4; i++) await createOrganization(db, { nameRu: `Пекарня ${i}`, descriptionRu: 'Хлеб и выпечка' });
});
afterAll(async () => connection.close());

const search = (service: RegistryService, q: string, extra: Record<string, unknown> = {}, context = coordinator) =>
  service.searchOrganizations(searchQuery.parse({ q, pageSize: 100, ...extra }), context, 'ru');
const idsOf = (result: { items: { organization: { id: string } }[] }) => result.items.map((item) => item.organization.id);

describe('a broad search', () => {
  it('finds what a narrow one finds, the names that hold the words first and ranked, the rest by id', async () => {
    const whole = await search(broad, 'робототехника');
    const ranked = await search(narrow, 'робототехника');
    expect(whole.total).toBe(12);
    expect(ranked.total).toBe(12);
    expect(new Set(idsOf(whole))).toEqual(new Set(idsOf(ranked)));
    expect([whole.ranking, ranked.ranking]).toEqual(['namesFirst', 'relevance']);
    // The name that holds the word twice more in its description is the best of the ranked names;
    // equal scores go by name.
    expect(idsOf(whole).slice(0, 3)).toEqual(named);
    expect(whole.items.slice(0, 3).every((item) => item.score > 0)).toBe(true);
    const rest = whole.items.slice(3);
    expect(rest.every((item) => item.score === 0 && item.matchedBy.includes('text'))).toBe(true);
    expect(idsOf({ items: rest })).toEqual(idsOf({ items: rest }).sort());
  });

  it('walks page by page, by cursor or by offset, to the same hits in the same order as one long page', async () => {
    const whole = idsOf(await search(broad, 'робототехника'));
    const walked: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await search(broad, 'робототехника', { pageSize: 2, ...(after ? { after } : {}) });
      walked.push(...idsOf(page));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(walked).toEqual(whole);
    const byOffset = [];
    for (let page = 1; page <= 3; page++) byOffset.push(...idsOf(await search(broad, 'робототехника', { pageSize: 5, page })));
    expect(byOffset).toEqual(whole);
  });

  it('keeps to what the caller may see and to the filters', async () => {
    const visitor = await search(broad, 'робототехника', {}, { actor: anonymous, requestId: 'test' });
    expect(visitor.total).toBe(10);
    expect(visitor.items).toHaveLength(10);
    const none = await search(broad, 'робототехника', { country: 'CN' });
    expect(none.total).toBe(0);
    expect(none.items).toEqual([]);
  });

  it('stays narrow, and ranks every hit, below the limit', async () => {
    const few = await search(broad, 'выпечка');
    expect(few.total).toBe(4);
    expect(few.items.every((item) => item.score > 0)).toBe(true);
    expect(few.ranking).toBe('relevance');
  });

  it('ranks nothing when no name holds the words, or too many do, and says so', async () => {
    const industrial = await search(broad, 'промышленная');
    expect(industrial.total).toBe(9);
    expect(industrial.ranking).toBe('none');
    expect(industrial.items.every((item) => item.score === 0)).toBe(true);
    const factories = await search(broad, 'завод');
    expect(factories.total).toBe(9);
    expect(factories.ranking).toBe('none');
    expect(factories.items.every((item) => item.score === 0)).toBe(true);
    expect(idsOf(factories)).toEqual(idsOf(factories).sort());
  });
});
