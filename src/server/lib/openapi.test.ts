import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

describe('OpenAPI document', () => {
  it('describes every API route with a summary, an operationId and error responses', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths as Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>)
      .flatMap(([url, operations]) => Object.entries(operations).map(([method, op]) => ({ route: `${method.toUpperCase()} ${url}`, op })));
    const apiRoutes = t.app.routeCatalog.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json');
    expect(documented).toHaveLength(apiRoutes.length);
    for (const { route, op } of documented) {
      expect(op.operationId, route).toBeTruthy();
      expect(Object.keys(op.responses), route).toContain('401');
    }
  });

  it('passes redocly lint with no errors', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-openapi-'));
    const file = path.join(folder, 'openapi.json');
    fs.writeFileSync(file, document);
    const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js');
    const result = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format', 'json'], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } })
      .catch((error: { stdout: string }) => ({ stdout: error.stdout }))
      .finally(() => fs.rmSync(folder, { recursive: true, force: true }));
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { totals: { errors: number }; problems: { message: string }[] };
    expect(report.problems.filter((p) => (p as { severity?: string }).severity === 'error')).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);
});
