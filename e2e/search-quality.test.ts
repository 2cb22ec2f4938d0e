import { describe, expect, test } from 'vitest';
import { langPrefix } from '../src/lib/site-url';
import { resultPage, searchFor } from './lib/search-page';
import { BASE, useBuiltSite, type SitePage } from './lib/site';
import { QUERIES, type QualityQuery } from './search-queries';

/**
 * Search quality, measured in Chromium against the built site through the search page itself.
 *
 * precision@3: of the first three results (at most as many as there are relevant pages), the
 * share that is relevant; averaged over the queries that have an answer. first: the share of those
 * queries whose first result is relevant. Queries with no answer must return nothing at all.
 *
 * Thresholds: when the suite was written it measured precision@3 0.77 and first 0.87 over 47
 * answered queries. One query losing its answer moves either figure by about 0.02, so the bars
 * (0.70 and 0.80) let a wording change move a result or two, and fail when ranking loses three
 * or more answers. Known misses are ranking, not finding: short pages that mention a word (an
 * editorial note on footnote 2) can outrank the instrument the query names.
 */
const MIN_PRECISION_AT_3 = 0.7;
const MIN_SHARE_FIRST = 0.8;

const site = useBuiltSite();
const rows: { query: QualityQuery; top: string[]; precision: number; first: boolean }[] = [];

async function searchPage(pages: Map<string, SitePage>, ui: QualityQuery['ui'] = 'ru'): Promise<SitePage> {
  const open = pages.get(ui);
  if (open) return open;
  const page = await site.open();
  await page.goto(`${langPrefix(ui)}search/`);
  pages.set(ui, page);
  return page;
}

describe('search quality', () => {
  test(`${QUERIES.length} queries in three languages`, { timeout: 300_000 }, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const pages = new Map<string, SitePage>();
    for (const query of QUERIES) {
      const page = await searchPage(pages, query.ui);
      const { results } = await searchFor(page.page, query.query);
      const top = [...new Set(results.map((r) => resultPage(r.href, BASE)))].slice(0, 3);
      const wanted = new Set(query.relevant);
      const considered = top.slice(0, Math.min(3, wanted.size));
      const precision =
        wanted.size === 0
          ? results.length === 0
            ? 1
            : 0
          : considered.filter((p) => wanted.has(p)).length / considered.length || 0;
      rows.push({ query, top, precision, first: top[0] !== undefined && wanted.has(top[0]) });
    }
    const answered = rows.filter((row) => row.query.relevant.length > 0);
    const precision = answered.reduce((sum, row) => sum + row.precision, 0) / answered.length;
    const first = answered.filter((row) => row.first).length / answered.length;
    const leaks = rows.filter((row) => row.query.relevant.length === 0 && row.top.length > 0);
    console.log(
      [
        ...rows.map(
          (row) =>
            `${row.first ? '✓' : row.query.relevant.length === 0 && row.top.length === 0 ? '∅' : '·'} ${row.precision.toFixed(2)} [${row.query.ui ?? 'ru'}] ${row.query.query} → ${row.top.join(', ') || '(nothing)'}`,
        ),
        `precision@3 ${precision.toFixed(2)} (min ${MIN_PRECISION_AT_3}); first ${first.toFixed(2)} (min ${MIN_SHARE_FIRST}); queries ${rows.length}, with no answer ${rows.length - answered.length}`,
      ].join('\n'),
    );
    expect(leaks.map((row) => row.query.query)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION_AT_3);
    expect(first).toBeGreaterThanOrEqual(MIN_SHARE_FIRST);
  });
});
