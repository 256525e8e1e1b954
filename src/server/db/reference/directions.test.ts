import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fordFields } from '../../../shared/ford';
import { okvedSections } from '../../../shared/okved-sections';
import type { DatabaseConnection } from '../client';
import { auditLog, directions } from '../schema/index';
import { createTestDatabase } from '../../test-support/test-database';
import { directionTaxonomy, ensureDirections } from './directions';

const cyrillic = /[\u0400-\u04FF]/;
const han = /[\u4E00-\u9FFF]/;
const latin = /^[\x20-\x7E\u00A0-\u024F\u2010-\u2212°’“”«»]+$/;

describe('the curated direction taxonomy', () => {
  const codes = directionTaxonomy.map((entry) => entry.code);
  const parents = new Set<string>(directionTaxonomy.flatMap((entry) => (entry.parent ? [entry.parent] : [])));

  it('has at least 150 directions with unique snake_case codes, each parent listed before its children', () => {
    expect(directionTaxonomy.length).toBeGreaterThanOrEqual(150);
    expect(new Set(codes).size).toBe(codes.length);
    directionTaxonomy.forEach((entry, index) => {
      expect(entry.code).toMatch(/^[a-z][a-z0-9_]*$/);
      if (entry.parent) expect(codes.indexOf(entry.parent), entry.code).toBeLessThan(index);
    });
  });

  it('covers the branches the product names', () => {
    const roots = directionTaxonomy.filter((entry) => entry.parent === null).map((entry) => entry.code);
    expect(roots).toEqual(expect.arrayContaining([
      'biotechnology', 'new_materials', 'medicine', 'high_tech', 'creative_industries', 'energy', 'mining',
      'agriculture_food', 'logistics', 'construction', 'ecology_arctic', 'education',
    ]));
    for (const code of ['cinema', 'animation', 'game_development', 'design', 'music', 'media_publishing', 'folk_crafts', 'software', 'artificial_intelligence', 'data_and_cloud', 'electronics', 'telecommunications', 'metallurgy', 'pharmaceuticals']) {
      expect(codes).toContain(code);
    }
  });

  it('labels and describes every direction in Russian, English and Chinese', () => {
    for (const entry of directionTaxonomy) {
      for (const text of [entry.label, entry.description]) {
        expect(text.ru, entry.code).toMatch(cyrillic);
        expect(text.en, entry.code).toMatch(latin);
        expect(text.zh, entry.code).toMatch(han);
      }
      // One sentence each: a description ends with its full stop and has no other.
      expect(entry.description.en.trim().endsWith('.'), entry.code).toBe(true);
      expect(entry.description.zh.trim().endsWith('。'), entry.code).toBe(true);
    }
  });

  it('maps every direction to a FORD field, and industry codes to an ОКВЭД2 section', () => {
    const leaves = directionTaxonomy.filter((entry) => !parents.has(entry.code));
    expect(leaves.length).toBeGreaterThan(100);
    for (const entry of directionTaxonomy) {
      expect(Object.keys(fordFields), entry.code).toContain(entry.ford);
      if (entry.okved !== null) expect(okvedSections, entry.code).toContain(entry.okved);
    }
    const okved = new Map(directionTaxonomy.map((entry) => [entry.code, entry.okved]));
    expect([okved.get('diamonds'), okved.get('software'), okved.get('construction'), okved.get('education')]).toEqual(['B', 'J', 'F', 'P']);
  });
});

describe('ensureDirections', () => {
  let connection: DatabaseConnection;
  beforeAll(async () => {
    connection = await createTestDatabase();
  });
  afterAll(async () => connection.close());

  it('stores descriptions, FORD codes, sections and the display order', async () => {
    const [row] = await connection.db.select().from(directions).where(eq(directions.code, 'computer_vision'));
    expect(row).toMatchObject({ fordCode: '1.02', okvedSection: 'J', labelZh: '计算机视觉', active: true });
    expect(row?.descriptionRu).toMatch(cyrillic);
    const all = await connection.db.select().from(directions);
    const order = new Map(all.map((r) => [r.code, r.sortOrder]));
    expect(order.get('biotechnology')).toBeLessThan(order.get('new_materials') ?? 0);
  });

  it('brings untouched directions back to the curated text but keeps an administrator\'s edit', async () => {
    const [touched] = await connection.db.update(directions).set({ labelEn: 'Edited by the admin', active: false }).where(eq(directions.code, 'photonics')).returning();
    await connection.db.insert(auditLog).values({ actorLabel: 'admin@test', action: 'update', entityType: 'direction', entityId: touched!.id, changes: {} });
    await connection.db.update(directions).set({ labelEn: 'Drifted' }).where(eq(directions.code, 'microelectronics'));
    const ids = await ensureDirections(connection.db);
    expect(ids.size).toBe(directionTaxonomy.length);
    const [photonics] = await connection.db.select().from(directions).where(eq(directions.code, 'photonics'));
    const [microelectronics] = await connection.db.select().from(directions).where(eq(directions.code, 'microelectronics'));
    expect([photonics?.labelEn, photonics?.active]).toEqual(['Edited by the admin', false]);
    expect(microelectronics?.labelEn).toBe('Microelectronics and semiconductors');
  });
});
