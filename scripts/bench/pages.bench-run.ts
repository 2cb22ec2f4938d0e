import { test } from 'vitest';
import { DIST } from '../../e2e/lib/site';
import { pageWeights, type PageWeight } from './page-weights';
import { median, report, table } from './report';

/** Page types that are not reading pages: their scripts are the point (search) or none at all. */
const NOT_CONTENT = new Set(['search']);

const KB = 1024;

test('pages: HTML, CSS and JS per page, by page type', () => {
  const pages = pageWeights(DIST);
  const types = [...new Set(pages.map((p) => p.type))].sort();
  const of = (type: string) => pages.filter((p) => p.type === type);
  const stat = (list: PageWeight[], pick: (p: PageWeight) => number) => {
    const values = list.map(pick);
    return [median(values), Math.max(...values)];
  };
  console.log(
    table(
      'Page weights by type (median / max; gzip as sent compressed)',
      ['type', 'pages', 'HTML', 'HTML gz', 'CSS gz', 'JS', 'JS gz'],
      types.map((type) => {
        const list = of(type);
        const pair = (pick: (p: PageWeight) => number) =>
          stat(list, pick)
            .map((value) => `${(value / KB).toFixed(1)}`)
            .join(' / ');
        return [
          type,
          String(list.length),
          pair((p) => p.html.raw),
          pair((p) => p.html.gzip),
          pair((p) => p.css.gzip),
          pair((p) => p.js.raw),
          pair((p) => p.js.gzip),
        ];
      }),
    ) + '\n  (kB)',
  );

  const content = pages.filter((p) => !NOT_CONTENT.has(p.type));
  const heaviest = (list: PageWeight[], pick: (p: PageWeight) => number) =>
    list.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const maxCss = heaviest(pages, (p) => p.css.gzip);
  const maxJs = heaviest(content, (p) => p.js.gzip);
  const maxHtml = heaviest(pages, (p) => p.html.gzip);
  const search = of('search');
  console.log(
    report(`Page weight budgets (${pages.length} pages)`, [
      { name: `CSS gzip, max (/${maxCss.path})`, value: maxCss.css.gzip, unit: 'bytes', budget: 10 * KB },
      {
        name: `JS gzip on a content page, max (/${maxJs.path})`,
        value: maxJs.js.gzip,
        unit: 'bytes',
        budget: 5 * KB,
      },
      {
        name: 'JS gzip on the search page before typing, max',
        value: Math.max(0, ...search.map((p) => p.js.gzip)),
        unit: 'bytes',
      },
      // Starlight's own budget for HTML, as a point of comparison.
      {
        name: 'HTML gzip, median over all pages',
        value: median(pages.map((p) => p.html.gzip)),
        unit: 'bytes',
        budget: 7 * KB,
      },
      { name: `HTML gzip, max (/${maxHtml.path})`, value: maxHtml.html.gzip, unit: 'bytes' },
    ]),
  );
});
