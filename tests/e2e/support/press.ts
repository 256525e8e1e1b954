import type { Locator, Page, Route } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses a control whose code is fetched on first use (ADR 042) so that the code arrives while the
 * pointer is down: the scripts the hover asks for are held until the press, then let through, and
 * the pointer comes up only once `opened` is on the page. The control has been replaced under the
 * pointer by then, so the release lands on another element and no click reaches either: the press
 * alone must open it.
 */
export async function pressWhileItsCodeArrives(page: Page, control: Locator, opened: Locator): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const hold = async (route: Route) => {
    asked += 1;
    await held;
    await route.continue();
  };
  await page.route('**/assets/*.js', hold);
  try {
    const box = await control.boundingBox();
    if (!box) throw new Error('the control is not on the page');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => asked, { message: 'hovering asked for no code: was it fetched already?' }).toBeGreaterThan(0);
    await page.mouse.down();
    release();
    await opened.waitFor();
    await page.mouse.up();
  } finally {
    release();
    await page.unroute('**/assets/*.js', hold);
  }
}
