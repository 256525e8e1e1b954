import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../app';
import type { DatabaseConnection } from '../db/client';
import type { App } from '../lib/http';
import { createTestDatabase } from './test-database';
import { testPassword } from './factories';

export type TestApp = {
  app: App;
  connection: DatabaseConnection;
  /** Waits for the jobs the app's requests sent; a test app runs them without a queue. */
  jobsSettled: () => Promise<void>;
  close: () => Promise<void>;
};

/** extend: adds test-only routes before the app is sealed. */
export async function createTestApp(extend?: (app: App) => void, options: Omit<AppOptions, 'connection'> = {}): Promise<TestApp> {
  return appOn(await createTestDatabase(), extend, options);
}

/** An app on a copy of the demo world, built once per suite. */
export async function createDemoTestApp(options: Omit<AppOptions, 'connection'> = {}): Promise<TestApp> {
  return appOn(await createTestDatabase('demo-world'), undefined, options);
}

async function appOn(connection: DatabaseConnection, extend: ((app: App) => void) | undefined, options: Omit<AppOptions, 'connection'>): Promise<TestApp> {
  const app = await buildApp({ loginAttemptsPerMinute: 1000, ...options, connection });
  extend?.(app);
  await app.ready();
  const jobsSettled = () => app.jobs.sender.settled();
  // A job still running when the database closes would fail on a closed connection.
  return { app, connection, jobsSettled, close: async () => { await jobsSettled(); await app.close(); await connection.close(); } };
}

/** A browser-like client: keeps cookies, fetches and sends the CSRF token on writes. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(private readonly app: App, private readonly bearerToken?: string) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  async request(options: InjectOptions & { method: string; url: string; csrf?: boolean }) {
    const { csrf = true, ...inject } = options;
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(inject.method.toUpperCase());
    if (isWrite && csrf && !this.bearerToken && !this.csrfToken) {
      const response = await this.app.inject({ method: 'GET', url: '/api/auth/csrf', cookies: Object.fromEntries(this.cookies) });
      this.remember(response);
      this.csrfToken = response.json<{ token: string }>().token;
    }
    const headers: Record<string, string> = { ...(inject.headers as Record<string, string> | undefined) };
    if (this.bearerToken) headers.authorization = `Bearer ${this.bearerToken}`;
    if (isWrite && csrf && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ ...inject, headers, cookies: Object.fromEntries(this.cookies) } as InjectOptions);
    this.remember(response);
    return response;
  }

  /** A cookie this client holds, e.g. to send its session from elsewhere. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  patch = (url: string, payload: unknown) => this.request({ method: 'PATCH', url, payload: payload as object });
  delete = (url: string) => this.request({ method: 'DELETE', url });

  async login(email: string, password = testPassword) {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
    return this;
  }
}
