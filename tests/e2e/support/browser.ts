import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium, without anything that talks to the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string, width = 1280, height = 900): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width, height }, locale: 'ru-RU' });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Goes to a path and waits until the app has settled: no request in flight and no loader on screen. */
export async function navigate(page: Page, pathname: string): Promise<void> {
  await page.goto(pathname);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"] .mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
}
