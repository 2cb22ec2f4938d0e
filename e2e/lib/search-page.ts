import type { Page } from 'playwright-core';

/** One result as the search page shows it. */
export interface ShownResult {
  type: string;
  href: string;
}

/**
 * Types a query into the search page (already open) and returns the results it shows once they
 * have arrived, with the time from the last keystroke to the results (in milliseconds).
 */
export async function searchFor(
  page: Page,
  query: string,
): Promise<{ results: ShownResult[]; elapsed: number }> {
  const input = page.locator('#search-query');
  const list = page.locator('#search-results');
  await input.fill('');
  await list.and(page.locator('[data-query=""]')).waitFor({ state: 'attached' });
  const started = await page.evaluate(() => performance.now());
  await input.fill(query);
  // The search page marks the list with the query it shows results for, once they are in.
  const done = await page.waitForFunction(
    (q) =>
      document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === q
        ? performance.now()
        : false,
    query.trim(),
    { timeout: 20_000, polling: 'raf' },
  );
  const elapsed = ((await done.jsonValue()) as number) - started;
  const results = await page.$$eval('#search-results li', (items) =>
    items.map((item) => ({
      type: item.querySelector('.result-type')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
  return { results, elapsed };
}

/** A result's page, base-less and language-less (`norms/x/`), without query or fragment. */
export function resultPage(href: string, base = '/'): string {
  const path = new URL(href, 'http://x').pathname.slice(base.length);
  return path.replace(/^(kk|en)\//, '');
}
