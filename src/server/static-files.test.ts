import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedAssets } from '../../scripts/vite-precompress-plugin';
import { createTestApp, type TestApp } from './test-support/test-app';

// A built web app in miniature: the plugin writes its compressed copies, the server sends them.
const webRoot = mkdtempSync(path.join(tmpdir(), 'nb-web-'));
const script = `export const greeting = ${JSON.stringify('Здравствуйте, 你好. '.repeat(400))};\n`;
let testApp: TestApp;

function runPlugin() {
  const plugin = precompressedAssets();
  const hook = <T>(value: unknown) => (typeof value === 'function' ? value : (value as { handler: T }).handler) as (...args: unknown[]) => void;
  hook(plugin.configResolved)({ root: webRoot, build: { outDir: '.' } });
  hook(plugin.closeBundle)();
}

beforeAll(async () => {
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), `<!doctype html><title>Northbridge</title>${'<!-- padding -->'.repeat(100)}`);
  writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), script);
  writeFileSync(path.join(webRoot, 'assets', 'tiny-1234.js'), 'export {};\n');
  runPlugin();
  testApp = await createTestApp(undefined, { webRoot });
});
afterAll(async () => {
  await testApp.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the built web app as the server sends it', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, the file itself otherwise', async () => {
    const br = await testApp.app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gzip = await testApp.app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await testApp.app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(script);
    for (const answer of [br, gzip, plain]) {
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.headers['content-type']).toMatch(/javascript/);
    }
  });

  it('leaves files too small to gain alone, and serves the page shell compressed and never cached', async () => {
    const tiny = await testApp.app.inject({ url: '/assets/tiny-1234.js', headers: { 'accept-encoding': 'br' } });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.payload).toBe('export {};\n');

    const shell = await testApp.app.inject({ url: '/organizations', headers: { 'accept-encoding': 'br', accept: 'text/html' } });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['cache-control']).toBe('no-cache');
    const html = shell.headers['content-encoding'] === 'br' ? brotliDecompressSync(shell.rawPayload).toString() : shell.payload;
    expect(html).toContain('<title>Northbridge</title>');
  });
});
