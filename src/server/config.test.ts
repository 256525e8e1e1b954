import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './config';

describe('parseCommandLine', () => {
  it('uses defaults when nothing is given', () => {
    const parsed = parseCommandLine([], {});
    expect(parsed.kind).toBe('config');
    if (parsed.kind !== 'config') return;
    expect(parsed.config.port).toBe(3000);
    expect(parsed.config.demo).toBe(true);
    expect(parsed.config.databaseUrl).toBeUndefined();
    expect(parsed.config.dataDir).toMatch(/\/data$/);
  });

  it('lets flags win over environment variables', () => {
    const parsed = parseCommandLine(['--port', '4000', '--no-demo'], { PORT: '5000', DEMO: '1' });
    expect(parsed.kind === 'config' && parsed.config.port).toBe(4000);
    expect(parsed.kind === 'config' && parsed.config.demo).toBe(false);
  });

  it('reports every bad value at once, naming the variable and the value', () => {
    const parsed = parseCommandLine([], { PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO: 'maybe' });
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems.join('\n')).toContain('PORT / --port');
    expect(parsed.problems.join('\n')).toContain('"mysql://x"');
  });

  it('refuses unknown options and an admin email without a password', () => {
    expect(parseCommandLine(['--colour'], {}).kind).toBe('invalid');
    expect(parseCommandLine([], { ADMIN_EMAIL: 'a@b.org' }).kind).toBe('invalid');
  });

  it('prints help that lists every variable', () => {
    const parsed = parseCommandLine(['--help'], {});
    expect(parsed.kind).toBe('help');
    if (parsed.kind !== 'help') return;
    for (const name of ['PORT', 'DATA_DIR', 'DATABASE_URL', 'DEMO', 'COOKIE_SECURE', 'LOG_LEVEL']) expect(parsed.text).toContain(name);
  });
});
