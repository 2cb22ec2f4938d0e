import type { Browser } from 'playwright-core';
import { searchFor } from '../../e2e/lib/search-page';
import { SitePage } from '../../e2e/lib/site';
import { untilQuiet } from './network-quiet';

/** What a reader's first search costs, in a fresh browser context (nothing cached). */
export interface FirstQuery {
  /** Bytes fetched from the Pagefind bundle by the search page before anything is typed. */
  beforeTypingBytes: number;
  /** Bytes fetched from the Pagefind bundle from opening the search page to the first results. */
  transferredBytes: number;
  /** Keystroke to results for that first query, in milliseconds. */
  elapsedMs: number;
}

/**
 * Opens the search page of the site served at `siteUrl` in a fresh context, waits until it is
 * idle, types one query and waits for its results, counting what comes from `/pagefind/`
 * (bodies and headers, as sent). The search bench and the scale bench both measure with this.
 */
export async function measureFirstQuery(
  browser: Browser,
  siteUrl: string,
  query = 'квоты',
): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    const total = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    const site = new SitePage(page, siteUrl);
    await site.goto('search/');
    await page.waitForLoadState('networkidle');
    const beforeTypingBytes = await total();
    const { elapsed } = await searchFor(page, query);
    await untilQuiet(page, () => sizes.length);
    return { beforeTypingBytes, transferredBytes: await total(), elapsedMs: elapsed };
  } finally {
    await context.close();
  }
}
