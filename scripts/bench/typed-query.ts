import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DIST, SitePage } from '../../e2e/lib/site';
import { untilQuiet } from './network-quiet';

/** What typing one query costs a reader, in a fresh browser context (nothing cached). */
export interface TypedQuery {
  query: string;
  /** Bytes of the Pagefind bundle fetched while typing, as a compressing host sends them (gzip). */
  gzipBytes: number;
  /** Requests to the Pagefind bundle. */
  requests: number;
  /** From the last key to the results of the whole query, in milliseconds. */
  lastKeyMs: number;
}

/** Milliseconds between keys: a reader typing steadily. */
export const KEY_INTERVAL_MS = 150;

/**
 * A file's size as a host that compresses sends it: gzip of its body (Pagefind's index files
 * are compressed already, and gain nothing).
 */
function gzipSize(path: string): number {
  const body = readFileSync(path);
  return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/**
 * Opens the search page of the site served at `siteUrl`, types `query` one key every
 * KEY_INTERVAL_MS, and counts what is fetched from `/pagefind/` until the results of the whole
 * query are shown and the network is idle.
 */
export async function measureTypedQuery(
  browser: Browser,
  siteUrl: string,
  query: string,
  lang: '' | 'kk/' | 'en/' = '',
): Promise<TypedQuery> {
  const context = await browser.newContext();
  try {
    // The page's own clock: when a key changed the field (an input event: Playwright types
    // Cyrillic as text, without keydown), and when the list showed a query's results.
    await context.addInitScript(() => {
      const w = window as unknown as { lastKeyAt: number; shown: Record<string, number> };
      w.shown = {};
      window.addEventListener('input', () => (w.lastKeyAt = performance.now()), true);
      new MutationObserver((records) => {
        for (const record of records) {
          const list = record.target as HTMLElement;
          if (list.id === 'search-results') w.shown[list.dataset['query'] ?? ''] = performance.now();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-query'] });
    });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) fetched.push(path);
    });
    const site = new SitePage(page, siteUrl);
    await site.goto(`${lang}search/`);
    await page.waitForLoadState('networkidle');
    const input = page.locator('#search-query');
    await input.focus();
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
    const done = await page.waitForFunction(
      (q) => {
        const w = window as unknown as { lastKeyAt: number; shown: Record<string, number> };
        const at = w.shown[q];
        return at === undefined ? false : at - w.lastKeyAt;
      },
      query,
      { timeout: 20_000 },
    );
    const lastKeyMs = (await done.jsonValue()) as number;
    // What the page still fetches once the results are in (the results after the first) counts too.
    await untilQuiet(page, () => fetched.length);
    const base = new URL(siteUrl).pathname;
    const bytes = fetched.reduce((sum, path) => sum + gzipSize(join(DIST, path.slice(base.length))), 0);
    return { query, gzipBytes: bytes, requests: fetched.length, lastKeyMs };
  } finally {
    await context.close();
  }
}
