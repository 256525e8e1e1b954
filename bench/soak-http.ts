/**
 * The soak client's HTTP: keep-alive sockets to 127.0.0.1 only, a session per demo role signed in
 * the way the web app does it (CSRF cookie + token, then the session cookie), and answers read as
 * little as each caller needs. A socket error is an answer with status 0, counted as an error.
 */
import http from 'node:http';

export type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };
export type Session = { role: string; email: string; cookie: string; csrfToken: string };
export type Client = ReturnType<typeof createClient>;

export function createClient(base: string, { connections, localAddress }: { connections: number; localAddress?: string }) {
  const target = new URL(base);
  if (target.hostname !== '127.0.0.1') throw new Error('The soak client only talks to 127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, ...(localAddress ? { localAddress } : {}) });

  function send(method: string, path: string, options: { headers?: Record<string, string>; json?: unknown; readBody?: boolean } = {}): Promise<Answer> {
    const payload = options.json === undefined ? undefined : JSON.stringify(options.json);
    const headers = { ...options.headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}) };
    return new Promise((resolve) => {
      const request = http.request({ host: '127.0.0.1', port: target.port, method, path, headers, agent, ...(localAddress ? { localAddress } : {}) }, (response) => {
        const chunks: Buffer[] = [];
        if (options.readBody) response.on('data', (chunk: Buffer) => chunks.push(chunk));
        else response.resume();
        response.once('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers }));
        response.once('error', () => resolve({ status: 0, body: '', headers: {} }));
      });
      request.once('error', () => resolve({ status: 0, body: '', headers: {} }));
      request.end(payload);
    });
  }

  const cookiesOf = (answer: Answer) => (answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
  const merge = (cookie: string, added: string[]) => {
    const jar = new Map(cookie ? cookie.split('; ').map((pair) => [pair.split('=')[0]!, pair] as const) : []);
    for (const pair of added) jar.set(pair.split('=')[0]!, pair);
    return [...jar.values()].join('; ');
  };

  /** A CSRF cookie and token, as the web app gets them before its first write. */
  async function csrf(cookie = ''): Promise<{ cookie: string; token: string }> {
    const answer = await send('GET', '/api/auth/csrf', { headers: cookie ? { cookie } : {}, readBody: true });
    return { cookie: merge(cookie, cookiesOf(answer)), token: (JSON.parse(answer.body) as { token: string }).token };
  }

  /** One sign-in attempt; the answer's status is the point (200, 401 or 429). */
  async function login(email: string, password: string, prepared?: { cookie: string; token: string }): Promise<{ status: number; cookie: string }> {
    const before = prepared ?? (await csrf());
    const answer = await send('POST', '/api/auth/login', { headers: { cookie: before.cookie, 'x-csrf-token': before.token }, json: { email, password } });
    return { status: answer.status, cookie: merge(before.cookie, cookiesOf(answer)) };
  }

  async function signIn(role: string, email: string, password: string): Promise<Session> {
    const signedIn = await login(email, password);
    if (signedIn.status !== 200) throw new Error(`sign-in of ${email} answered ${signedIn.status}`);
    const after = await csrf(signedIn.cookie); // a new session gets a new token
    return { role, email, cookie: after.cookie, csrfToken: after.token };
  }

  return { send, csrf, login, signIn, close: () => agent.destroy() };
}
