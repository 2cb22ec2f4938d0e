import axe, { type AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** One rule that failed on a page, with the elements that failed it. */
export type Violation = AxeResults['violations'][number];

/**
 * Puts axe-core into every page the context loads, before the page's own scripts; every
 * `scanPage` on a page reuses it.
 *
 * axe-core itself, not @axe-core/playwright: that wrapper evaluates axe's 550 kB source twice on
 * every `analyze()`, and a page scanned light and dark needs it once. Sending the source with
 * each page load was a quarter of a scan's time (≈190 ms of ≈710 ms a page, measured on our
 * 2-core machines); as an init script the browser holds it and runs it as each page starts.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * Runs axe-core's rules of `tags` on the whole page as it is styled now, and returns what
 * failed. This is axe-core's own `axe.run` in the page: the site has no frames to merge results
 * from, which is all the wrapper's default mode would add.
 */
export function scanPage(page: Page, tags: string[]): Promise<Violation[]> {
  return page.evaluate(async (values) => {
    // Only violations are reported, so axe need not describe what passed (a tenth faster).
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, tags);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
