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
  let violations = await runAxe(page);
  // Something may have started moving while axe read the page (a notice after a late answer):
  // what is still wrong once the page is still again is what a reader meets.
  if (violations.length > 0) violations = await runAxe(page);
  // One line per violation, with its first offending element: enough to find and fix it.
  return violations.map((violation) => {
    const first = violation.nodes[0];
    const reason = first?.failureSummary?.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? '';
    return `${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${first?.target.join(' ') ?? ''} — ${reason}`;
  });
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await finishTransitions(page);
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations as AxeViolation[];
}

/**
 * Waits until the page has no finite animation or transition running (a notification fading in, a
 * dialog fading out): colours measured half way through one are not what a reader meets. A
 * notification may start fading in a moment after a first look, so the page must stay still for
 * three frames in a row (a transition's first style lands a frame after it mounts). Spinners run
 * forever and are left alone; five seconds at most.
 */
async function finishTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const deadline = performance.now() + 5_000;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const running = () => document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity);
    let stillFrames = 0;
    while (stillFrames < 3 && performance.now() < deadline) {
      const now = running();
      if (now.length === 0) {
        stillFrames += 1;
        await frame();
        continue;
      }
      stillFrames = 0;
      await Promise.race([Promise.allSettled(now.map((animation) => animation.finished)), new Promise((resolve) => setTimeout(resolve, deadline - performance.now()))]);
    }
  });
}
