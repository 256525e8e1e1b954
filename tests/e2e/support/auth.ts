import type { Page } from 'playwright-core';
import type { Role } from '../../../src/shared/roles';

export const demoPassword = 'northbridge-demo';

export const demoEmails: Record<Role, string> = {
  admin: 'admin@demo.northbridge.local',
  coordinator: 'coordinator@demo.northbridge.local',
  park_manager: 'park.manager@demo.northbridge.local',
  member: 'member@demo.northbridge.local',
  analyst: 'analyst@demo.northbridge.local',
};

/**
 * Signs in through the API with the page's own cookies (fast); the sign-in form itself is tested
 * by its own journey.
 */
export async function login(page: Page, role: Role): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { token } = (await csrf.json()) as { token: string };
  const response = await page.request.post('/api/auth/login', {
    data: { email: demoEmails[role], password: demoPassword },
    headers: { 'x-csrf-token': token },
  });
  if (!response.ok()) throw new Error(`Sign-in as ${role} failed: ${response.status()} ${await response.text()}`);
}

export async function logout(page: Page): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { token } = (await csrf.json()) as { token: string };
  await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': token } });
}
