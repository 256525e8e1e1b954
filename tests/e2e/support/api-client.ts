/**
 * The API as a script sees it: fetch with a cookie jar and the CSRF token on writes. For journeys
 * that test the server process rather than pages (e.g. crash safety).
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: string, path: string, body?: { json?: unknown; raw?: Buffer; contentType?: string }): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (method !== 'GET') {
      if (!this.csrfToken) {
        const csrf = await fetch(`${this.baseUrl}/api/auth/csrf`, { headers: { cookie: this.cookieHeader() } });
        this.remember(csrf);
        this.csrfToken = ((await csrf.json()) as { token: string }).token;
        headers.cookie = this.cookieHeader();
      }
      headers['x-csrf-token'] = this.csrfToken;
    }
    let payload: BodyInit | undefined;
    if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body?.raw) {
      headers['content-type'] = body.contentType ?? 'application/octet-stream';
      payload = new Uint8Array(body.raw);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    this.remember(response);
    return response;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, json?: unknown) => this.request('POST', path, json === undefined ? undefined : { json });

  async login(email: string, password: string): Promise<this> {
    const response = await this.post('/api/auth/login', { email, password });
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
    // A new session gets a new token.
    this.csrfToken = undefined;
    return this;
  }
}
