import type { Page } from 'playwright-core';

/** How long the network must stay quiet for a count of requests to be complete. */
const QUIET_MS = 700;

/**
 * Waits until `count` (the requests seen so far) has not grown for QUIET_MS. Playwright's
 * 'networkidle' load state, once reached, is not waited for again: requests a page makes after
 * it (a search's fragments) would go uncounted.
 */
export async function untilQuiet(page: Page, count: () => number): Promise<void> {
  for (let seen = -1; seen !== count();) {
    seen = count();
    await page.waitForTimeout(QUIET_MS);
  }
}
