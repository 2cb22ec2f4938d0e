import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, builtPage } from '../support/built-site';

// The published URLs, written out rather than computed: a build that moves any of them fails here.
const PAGES = [
  '',
  'articles/',
  'articles/moldakhmetova-2025/',
  'articles/moldakhmetova-2025/introduction/',
  'articles/moldakhmetova-2025/full-text/',
  'articles/moldakhmetova-2025/print/',
  'articles/moldakhmetova-2025/conclusion/print/',
  'norms/',
  'norms/kz-constitution-1995/',
  'norms/kz-constitution-1995/print/',
  'statistics/',
  'statistics/arrivals-2022/',
  'sources/',
  'sources/shesteryakova-2017/',
  'organizations/',
  'organizations/iom/',
  'notes/',
  'notes/tracking-parameters/',
  'glossary/',
  'glossary/quota/',
  'overview/',
  'search/',
  'about/',
  'open-data/',
  'print/',
];
const FILES = [
  '404.html',
  'sitemap.xml',
  'robots.txt',
  'data/norms.json',
  'data/sources.bib',
  'data/statistics.csv',
  'cite/articles/moldakhmetova-2025.ris',
  'cite/articles/moldakhmetova-2025/conclusion.bib',
  'cite/norms/kz-constitution-1995.json',
];

describe('the URL contract', () => {
  test.each(['', 'kk/', 'en/'])('every kind of page in the UI language "%s"', (prefix) => {
    for (const page of PAGES) expect(() => builtPage(`${prefix}${page}`), `${prefix}${page}`).not.toThrow();
  });

  test.each(FILES)('%s', (file) => expect(existsSync(join(DIST, file))).toBe(true));

  test('paragraph, footnote and reference anchors', () => {
    const section = builtPage('articles/moldakhmetova-2025/results-and-discussion/');
    expect(section).toContain('id="results-and-discussion-p8"');
    expect(section).toContain('id="fn-6"');
    expect(builtPage('articles/moldakhmetova-2025/full-text/')).toContain('id="introduction-p1"');
    expect(builtPage('articles/moldakhmetova-2025/')).toContain('id="ref-10"');
  });
});
