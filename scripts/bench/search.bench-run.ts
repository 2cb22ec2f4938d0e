import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { searchFor } from '../../e2e/lib/search-page';
import { DIST, useBuiltSite } from '../../e2e/lib/site';
import { QUERIES } from '../../e2e/search-queries';
import { langPrefix } from '../../src/lib/site-url';
import { median, report } from './report';

const site = useBuiltSite();

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(folder, file)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);
}

test('search: index size, first-query transfer, keystroke to results', async () => {
  // First query in a fresh browser: everything the search page fetches from the Pagefind bundle.
  const fresh = await site.open();
  let transferred = 0;
  fresh.page.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    void request.sizes().then((sizes) => (transferred += sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await fresh.goto('search/');
  await searchFor(fresh.page, 'квоты');
  await fresh.page.waitForLoadState('networkidle');

  // Keystroke to results over the quality suite, in the UI language each query is asked in.
  const times: number[] = [];
  for (const ui of ['ru', 'kk', 'en'] as const) {
    const page = await site.open();
    await page.goto(`${langPrefix(ui)}search/`);
    for (const query of QUERIES.filter((q) => (q.ui ?? 'ru') === ui))
      times.push((await searchFor(page.page, query.query)).elapsed);
  }

  console.log(
    report('Search (Pagefind, Chromium)', [
      {
        name: 'index size on disk (dist/pagefind)',
        value: folderBytes(join(DIST, 'pagefind')),
        unit: 'bytes',
        budget: 3 * 1024 * 1024,
      },
      { name: 'bytes transferred for a first query', value: transferred, unit: 'bytes', budget: 300 * 1024 },
      {
        name: `keystroke to results, median of ${times.length}`,
        value: median(times),
        unit: 'ms',
        budget: 200,
      },
      {
        name: `keystroke to results, max of ${times.length}`,
        value: Math.max(...times),
        unit: 'ms',
        budget: 400,
      },
    ]),
  );
});
