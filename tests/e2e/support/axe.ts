import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is. The source goes through
 * evaluate, not a script tag, because the app's Content-Security-Policy rightly forbids inline scripts.
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  await finishTransitions(page);
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  // One line per violation, with its first offending element: enough to find and fix it.
  return (violations as AxeViolation[]).map((violation) => {
    const first = violation.nodes[0];
    const reason = first?.failureSummary?.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? '';
    return `${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${first?.target.join(' ') ?? ''} — ${reason}`;
  });
}

/**
 * Waits for the page's finite animations and transitions (a notification fading in, a dialog fading
 * out): colours measured half way through one are not what a reader meets. Spinners run forever and
 * are left alone; two seconds at most.
 */
async function finishTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([Promise.allSettled(finite.map((animation) => animation.finished)), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  });
}
