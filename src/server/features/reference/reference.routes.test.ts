import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

describe('the countries list', () => {
  it('names every country in ru, en and zh, marks the partner countries, and may be cached', async () => {
    const response = await new TestClient(t.app).get('/api/countries');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    const { items } = response.json() as { items: { code: string; name: Record<'ru' | 'en' | 'zh', string>; partner: boolean }[] };
    expect(items.length).toBeGreaterThan(240);
    expect(new Set(items.map((c) => c.code)).size).toBe(items.length);
    expect(items.find((c) => c.code === 'BY')).toEqual({ code: 'BY', name: { ru: 'Беларусь', en: 'Belarus', zh: '白俄罗斯' }, partner: true });
    expect(items.find((c) => c.code === 'CN')!.name).toEqual({ ru: 'Китай', en: 'China', zh: '中国' });
    expect(items.find((c) => c.code === 'FR')!.partner).toBe(false);
    // A name is a name, never the bare code: the runtime's ICU data knows every listed code.
    for (const country of items) for (const name of Object.values(country.name)) expect(name, country.code).not.toBe(country.code);
    expect(items.filter((c) => c.partner).map((c) => c.code).sort()).toEqual(['AE', 'BY', 'CN', 'DE', 'KZ', 'MN', 'RU', 'UZ']);
  });
});
