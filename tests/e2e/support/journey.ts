import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { startServer, type RunningServer } from './server';

export type Journey = { server: RunningServer; browser: Browser; context: BrowserContext; page: Page };

/**
 * One server (its own copy of the demo world's data folder) and one browser per test file; the page is reused
 * across the file's tests to keep the suite fast. Call from beforeAll; pass the result to `endJourney`.
 */
export async function startJourney(viewport?: { width: number; height: number }): Promise<Journey> {
  const server = await startServer({ template: inject('demoDataTemplate') });
  const browser = await launchBrowser();
  const context = await newContext(browser, server.baseUrl, viewport?.width, viewport?.height);
  const page = await context.newPage();
  return { server, browser, context, page };
}

export async function endJourney(journey: Journey | undefined): Promise<void> {
  if (!journey) return;
  await journey.browser.close();
  await journey.server.stop();
}
