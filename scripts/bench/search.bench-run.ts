import { join } from 'node:path';
import { test } from 'vitest';
import { searchFor } from '../../e2e/lib/search-page';
import { DIST, useBuiltSite } from '../../e2e/lib/site';
import { QUERIES } from '../../e2e/search-queries';
import { langPrefix } from '../../src/lib/site-url';
import { measureFirstQuery } from './first-query';
import { median, report } from './report';
import { folderBytes } from './site-build';
import { measureTypedQuery } from './typed-query';

const site = useBuiltSite();

test('search: index size, first-query transfer, keystroke to results', async () => {
  const first = await measureFirstQuery(site.browser, site.url);

  // Keystroke to results over the quality suite, in the UI language each query is asked in.
  const times: number[] = [];
  for (const ui of ['ru', 'kk', 'en'] as const) {
    const page = await site.open();
    await page.goto(`${langPrefix(ui)}search/`);
    for (const query of QUERIES.filter((q) => (q.ui ?? 'ru') === ui))
      times.push((await searchFor(page.page, query.query)).elapsed);
  }

  // Typing a query at 150 ms per key (issue 14): against Starlight's 121–132 kB and 8–11 requests.
  const typed = [];
  for (const query of ['квоты', '477-IV', 'Шестерякова', 'разрешение на работу'])
    typed.push(await measureTypedQuery(site.browser, site.url, query));

  console.log(
    report('Search (Pagefind, Chromium)', [
      ...typed.flatMap((t) => [
        {
          name: `typed «${t.query}»: gzip bytes`,
          value: t.gzipBytes,
          unit: 'bytes' as const,
          budget: 125 * 1024,
        },
        { name: `typed «${t.query}»: requests`, value: t.requests, unit: 'count' as const, budget: 12 },
        {
          name: `typed «${t.query}»: last key to results`,
          value: t.lastKeyMs,
          unit: 'ms' as const,
          budget: 150,
        },
      ]),
      {
        name: 'index size on disk (dist/pagefind)',
        value: folderBytes(join(DIST, 'pagefind')),
        unit: 'bytes',
        budget: 3 * 1024 * 1024,
      },
      // Search is loaded only when used: the search page fetches nothing of Pagefind until a query.
      {
        name: 'Pagefind bytes before typing (search page)',
        value: first.beforeTypingBytes,
        unit: 'bytes',
        budget: 0,
      },
      {
        name: 'bytes transferred for a first query',
        value: first.transferredBytes,
        unit: 'bytes',
        budget: 300 * 1024,
      },
      { name: 'first query, keystroke to results', value: first.elapsedMs, unit: 'ms', budget: 400 },
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
