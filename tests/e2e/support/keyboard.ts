import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** `inArticle`: the stop is inside an `<article>` (a search hit, a card). */
export type FocusStop = { label: string; tag: string; ringed: boolean; inArticle: boolean };

/** What has the keyboard now: its accessible label (or text) and whether a focus ring is drawn. */
export function focusedElement(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    // Mantine draws some rings on a wrapper: a password field's (it holds the show button too),
    // a radio or checkbox card's.
    const ringed = [element, element?.closest('.mantine-Input-input'), element?.closest('label')].filter((e): e is Element => !!e);
    const hasRing = ringed.some((e) => {
      const style = getComputedStyle(e);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
    });
    const label = element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    return { label: label.trim(), tag: element?.tagName.toLowerCase() ?? '', ringed: hasRing, inArticle: !!element?.closest('article') };
  });
}

/**
 * Presses Tab until the focused element's label matches, as a person without a mouse does, and
 * checks that every stop on the way shows where the keyboard is.
 */
export async function tabTo(page: Page, target: RegExp | ((stop: FocusStop) => boolean), maxStops = 40): Promise<FocusStop[]> {
  const reached = typeof target === 'function' ? target : (stop: FocusStop) => target.test(stop.label);
  const stops: FocusStop[] = [];
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    stops.push(focused);
    expect(focused.ringed, `no visible focus on "${focused.label}" (${focused.tag})`).toBe(true);
    if (reached(focused)) return stops;
  }
  throw new Error(`${String(target)} not reached in ${maxStops} Tab presses; the stops were: ${stops.map((s) => s.label).join(' | ')}`);
}
