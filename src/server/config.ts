import path from 'node:path';
import { z } from 'zod';

/** Every setting, with its variable, its flag and what it means: the --help text is built from this list. */
const settings = [
  { key: 'port', env: 'PORT', flag: '--port', help: 'HTTP port', default: '3000' },
  { key: 'host', env: 'HOST', flag: '--host', help: 'Address to listen on', default: '0.0.0.0' },
  { key: 'dataDir', env: 'DATA_DIR', flag: '--data-dir', help: 'Folder of the embedded PostgreSQL (PGlite)', default: './data' },
  { key: 'databaseUrl', env: 'DATABASE_URL', flag: '--database-url', help: 'postgres://… to use a PostgreSQL server instead of PGlite' },
  { key: 'demo', env: 'DEMO', flag: '--demo', help: 'Build the demo world on an empty database (1/0)', default: '1' },
  { key: 'cookieSecure', env: 'COOKIE_SECURE', flag: '--cookie-secure', help: 'Mark cookies Secure and send HSTS (1/0)', default: '0' },
  { key: 'trustProxy', env: 'TRUST_PROXY', flag: '--trust-proxy', help: 'Trust X-Forwarded-* from a reverse proxy (1/0)', default: '0' },
  { key: 'sessionDays', env: 'SESSION_DAYS', flag: '--session-days', help: 'Days a session lasts without activity', default: '14' },
  { key: 'bodyLimitBytes', env: 'BODY_LIMIT_BYTES', flag: '--body-limit-bytes', help: 'Largest accepted JSON body', default: '1048576' },
  { key: 'logLevel', env: 'LOG_LEVEL', flag: '--log-level', help: 'fatal, error, warn, info, debug, trace or silent', default: 'info' },
  { key: 'adminEmail', env: 'ADMIN_EMAIL', flag: '--admin-email', help: 'Without demo: create this admin on an empty database' },
  { key: 'adminPassword', env: 'ADMIN_PASSWORD', flag: '--admin-password', help: 'Password of that admin (at least 10 characters)' },
] as const;

type SettingKey = (typeof settings)[number]['key'];

const flagBoolean = z.enum(['1', '0', 'true', 'false', 'yes', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v));

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dataDir: z.string().min(1).transform((dir) => path.resolve(dir)),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  demo: flagBoolean,
  cookieSecure: flagBoolean,
  trustProxy: flagBoolean,
  sessionDays: z.coerce.number().int().min(1).max(365),
  bodyLimitBytes: z.coerce.number().int().min(1024).max(100 * 1024 * 1024),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  adminEmail: z.email().optional(),
  adminPassword: z.string().min(10, 'must be at least 10 characters').optional(),
});

export type Config = z.infer<typeof configSchema>;

export type ParsedCommandLine =
  | { kind: 'help'; text: string }
  | { kind: 'config'; config: Config; demoResetOnly: boolean }
  | { kind: 'invalid'; problems: string[] };

export function helpText(): string {
  const rows = settings.map((s) => `  ${`${s.flag} <value>`.padEnd(28)} ${s.env.padEnd(18)} ${s.help}${'default' in s ? ` (default ${s.default})` : ''}`);
  return [
    'Northbridge server',
    '',
    'Usage: npm start -- [options]',
    '',
    '  flag                         variable           meaning',
    ...rows,
    '  --no-demo                                       Same as --demo 0',
    '  --demo-reset-only                               Wipe the database, build the demo world, exit',
    '  --help                                          This text',
  ].join('\n');
}

/** Reads flags first, then environment variables, then defaults; reports every bad value at once. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: helpText() };
  const raw: Partial<Record<SettingKey, string>> = {};
  const problems: string[] = [];
  let demoResetOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-demo') { raw.demo = '0'; continue; }
    if (arg === '--demo-reset-only') { demoResetOnly = true; continue; }
    const [flag, inlineValue] = arg.split('=', 2) as [string, string | undefined];
    const setting = settings.find((s) => s.flag === flag);
    if (!setting) { problems.push(`Unknown option ${arg}. See --help.`); continue; }
    const value = inlineValue ?? (setting.key === 'demo' && !argv[i + 1]?.match(/^[01]$|^(true|false|yes|no)$/) ? '1' : argv[++i]);
    if (value === undefined) { problems.push(`${flag} needs a value.`); continue; }
    raw[setting.key] = value;
  }
  const merged: Record<string, string | undefined> = {};
  for (const s of settings) {
    const envValue = env[s.env] === '' ? undefined : env[s.env];
    merged[s.key] = raw[s.key] ?? envValue ?? ('default' in s ? s.default : undefined);
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const setting = settings.find((s) => s.key === issue.path[0]);
      problems.push(`${setting ? `${setting.env} / ${setting.flag}` : String(issue.path[0])}: ${issue.message} (got "${merged[String(issue.path[0])] ?? ''}")`);
    }
  }
  if (problems.length > 0 || !parsed.success) return { kind: 'invalid', problems };
  if (parsed.data.adminEmail && !parsed.data.adminPassword) {
    return { kind: 'invalid', problems: ['ADMIN_EMAIL is set but ADMIN_PASSWORD is not.'] };
  }
  return { kind: 'config', config: parsed.data, demoResetOnly };
}
