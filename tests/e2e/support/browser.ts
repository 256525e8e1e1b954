import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

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

/** Every page has one h1 once its data is in; loaders show while a page's code or data loads. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('h1') !== null && document.querySelector('.mantine-Loader-root') === null);
  await page.waitForLoadState('networkidle'); // charts and lookups that start after the first render
}

/** Follows a link the way a person does, then waits for the new page to settle. */
export async function followLink(page: Page, link: Locator): Promise<void> {
  const href = await link.getAttribute('href');
  const heading = await page.evaluate(() => document.querySelector('h1')?.textContent ?? null);
  await link.click();
  if (href) await page.waitForURL((url) => url.pathname === new URL(href, url).pathname);
  // The router keeps the previous page on screen while the next one's code loads, so its heading
  // would pass for the new page's: wait for it to go (a page may share its heading: then move on).
  if (heading !== null) {
    await page.waitForFunction((previous) => document.querySelector('h1')?.textContent !== previous, heading, { timeout: 5_000 }).catch(() => undefined);
  }
  await settle(page);
}
