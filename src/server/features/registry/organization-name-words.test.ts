import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { systemClock } from '../../lib/clock';
import { createTestDatabase } from '../../test-support/test-database';
import { createOrganization, createUser } from '../../test-support/factories';
import { searchQuery } from '../../../shared/contracts/search';
import { createAuditService } from '../audit/audit.service';
import { createRegistryService, type RegistryService } from './registry.service';
import { nameWordsOf } from './search-terms';
import { searchColumnsOf } from './search-columns';

let connection: DatabaseConnection;
let coordinator: RequestContext;
let narrow: RegistryService;
/**
 * Broad from 2 hits of an arm on, so that the broad page's test of a name is the one asked; its
 * limit also makes two names holding the words too many to list, so they are searched by word
 * where the narrow service looks them up by id (ADR 046).
 */
let broad: RegistryService;
const id: Record<string, string> = {};
beforeAll(async () => {
  connection = await createTestDatabase();
  const { db } = connection;
  const user = await createUser(db, [{ role: 'coordinator' }]);
  coordinator = { actor: { kind: 'user', id: user.id, email: user.email, fullName: user.fullName, language: 'ru', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' }, requestId: 'test' };
  narrow = createRegistryService({ db, clock: systemClock, audit: createAuditService({ db }) });
  broad = createRegistryService({ db, clock: systemClock, audit: createAuditService({ db }), rankedHitLimit: 1 });
  const names = {
    softGroup: { nameRu: 'ООО «Туймаада-Софт Групп»' },
    softService: { nameRu: null, nameEn: 'Tuymaadasoft Service LLC' },
    geodata: { nameRu: 'АО «Туймаада Геодата»' },
    medtech: { nameRu: 'Туймаада Медтехника' },
    pixel: { nameRu: 'Туймаада Пиксель', descriptionRu: 'Программное обеспечение и софт для студий' },
    stone: { nameRu: 'Великий камень' },
    softLab: { nameRu: 'Софт Лаб' },
  };
  // The factory writes the row as given: the search columns the app keeps are added here.
  for (const [key, fields] of Object.entries(names)) id[key] = (await createOrganization(db, { nameEn: null, ...fields, ...searchColumnsOf({ nameEn: null, ...fields }) })).id;
});
afterAll(async () => connection.close());

/** The keys of the hits, of a search (items with an organization) or of a list (items that are one). */
const namesOf = (result: { items: ({ organization: { id: string } } | { id: string })[] }) =>
  result.items.map((item) => ('organization' in item ? item.organization.id : item.id)).map((hit) => Object.keys(id).find((key) => id[key] === hit)).sort();
const search = (service: RegistryService, q: string) => service.searchOrganizations(searchQuery.parse({ q, pageSize: 100 }), coordinator, 'ru');
const list = (q: string) => narrow.listOrganizations({ q, page: 1, pageSize: 100 }, coordinator);

describe('a name query of several words', () => {
  it('finds the names that hold every word, with a typo or in another script, and not those that hold one', async () => {
    // "Туймада" is one letter short; "tuymaadasoft" holds both words in one.
    for (const service of [narrow, broad]) {
      const result = await search(service, 'Туймада Софт');
      expect(namesOf(result)).toEqual(['softGroup', 'softService']);
      expect(result.total).toBe(2);
      expect(result.items.every((item) => item.matchedBy.includes('name'))).toBe(true);
    }
    expect(namesOf(await list('Туймада Софт'))).toEqual(['softGroup', 'softService']);
  });

  it('still matches the words found as text: a description that says "софт" is a hit of its own', async () => {
    const result = await search(narrow, 'Туймаада софт');
    // The text arm is unchanged: Пиксель's description holds "софт" and its name "Туймаада".
    expect(namesOf(result)).toEqual(['pixel', 'softGroup', 'softService']);
    expect(result.items.find((item) => item.organization.id === id.pixel)!.matchedBy).toEqual(['text']);
  });

  it('falls back to a name close to the query as a whole when no name holds every word', async () => {
    // "камин" is two trigrams off "камень" (0.5 alone), the whole key still 0.79 similar.
    const stone = await search(narrow, 'Velikiy Kamin');
    expect(namesOf(stone)).toEqual(['stone']);
    // No name holds "Гугл": every name with the word "Туймаада" is close enough to the whole
    // query, "Tuymaadasoft" is not (the word is not alone there: 0.54).
    for (const result of [await search(narrow, 'Туймаада Гугл'), await search(broad, 'Туймаада Гугл'), await list('Туймаада Гугл')]) {
      expect(namesOf(result)).toEqual(['geodata', 'medtech', 'pixel', 'softGroup']);
    }
  });
});

describe('the words of a name key', () => {
  it('are the distinct words of three letters or more, when there are two', () => {
    expect(nameWordsOf('tuimada soft')).toEqual(['tuimada', 'soft']);
    expect(nameWordsOf('ni tuimada soft soft')).toEqual(['tuimada', 'soft']);
    expect(nameWordsOf('ni tuimada')).toEqual([]);
    expect(nameWordsOf('a b c d e f g h ij klm nop qrs tuv wxy zab cde fgh')).toEqual(['klm', 'nop', 'qrs', 'tuv', 'wxy', 'zab']);
  });
});
