import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Entry } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import {
  parseAuthor,
  sourceToCsl,
  toBiblatex,
  toRis,
  unwrapRis,
  type CslItem,
} from '../../../src/lib/open-data/csl';
import { loadContent } from '../../support/load-content';

let graph: Graph;
let report: Entry<'sources'>;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
  report = graph.entry('sources', 'demo-report');
});

/** The fixture report turned into a journal article with authors. */
function journalArticle(): Entry<'sources'> {
  return {
    ...report,
    id: 'khamzin-2023',
    data: {
      kind: 'journal-article',
      title: 'Нелегальная миграция: проявление реальности в глобальном контексте',
      authors: ['Хамзин А.Ш.', 'Чаава М. З.', 'Сарсенова З.'],
      year: 2023,
      url: null,
      accessed: '2025-06-12',
      language: 'ru',
      citedAs: report.data.citedAs,
      container: 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»',
      issue: '№ 4 (74)',
      pages: 'С. 73-81',
    },
  };
}

describe('parseAuthor', () => {
  test('splits a surname and initials as the article prints them', () => {
    expect(parseAuthor('Хамзин А.Ш.')).toEqual({ family: 'Хамзин', given: 'А.Ш.' });
    expect(parseAuthor('Чаава М. З.')).toEqual({ family: 'Чаава', given: 'М. З.' });
    expect(parseAuthor('Сарсенова З.')).toEqual({ family: 'Сарсенова', given: 'З.' });
    expect(parseAuthor('Smith-Jones A.B.')).toEqual({ family: 'Smith-Jones', given: 'A.B.' });
  });

  test('keeps any other name whole', () => {
    expect(parseAuthor('International Labour Organization')).toEqual({
      literal: 'International Labour Organization',
    });
  });
});

describe('sourceToCsl', () => {
  test('a report: publisher by name, year, URL', () => {
    expect(sourceToCsl(graph, report)).toEqual({
      id: 'demo-report',
      type: 'report',
      title: 'Доклад о миграции',
      issued: { 'date-parts': [[2022]] },
      publisher: 'Университет',
      URL: 'https://example.org/report',
    });
  });

  test('a journal article: authors split, container, issue and pages without «№» and «С.»', () => {
    expect(sourceToCsl(graph, journalArticle())).toEqual({
      id: 'khamzin-2023',
      type: 'article-journal',
      title: 'Нелегальная миграция: проявление реальности в глобальном контексте',
      author: [
        { family: 'Хамзин', given: 'А.Ш.' },
        { family: 'Чаава', given: 'М. З.' },
        { family: 'Сарсенова', given: 'З.' },
      ],
      issued: { 'date-parts': [[2023]] },
      accessed: { 'date-parts': [[2025, 6, 12]] },
      language: 'ru',
      'container-title': 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»',
      issue: '4 (74)',
      page: '73-81',
    });
  });
});

describe('BibLaTeX and RIS through citation-js', () => {
  const longUrl = `https://example.org/${'a'.repeat(60)}/${'b'.repeat(60)}?x=1&y=2#z`;
  let items: CslItem[];
  beforeAll(() => {
    items = [sourceToCsl(graph, journalArticle()), { ...sourceToCsl(graph, report), URL: longUrl }];
  });

  /** What must survive a round trip: title, authors, year, URL. */
  const essentials = (data: Record<string, unknown>[]) =>
    data.map((d) => ({
      title: d['title'],
      author: d['author'],
      year: (d['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0],
      URL: d['URL'],
    }));

  test('BibLaTeX keeps Cyrillic, uses the ids as keys and reads back the same', () => {
    const bib = toBiblatex(items);
    expect(bib).toContain('@article{khamzin-2023,');
    expect(bib).toContain('Нелегальная миграция');
    expect(bib).toContain('Хамзин, А.Ш.');
    expect(essentials(new Cite(bib).data)).toEqual(essentials(items));
  });

  test('BibLaTeX refuses a LaTeX special character it would not escape', () => {
    expect(() => toBiblatex([{ ...items[0]!, title: '50% & more' }])).toThrow(/khamzin-2023 → title/);
  });

  test('the Unicode setting does not leak into later citation-js calls', () => {
    toBiblatex(items);
    expect(new Cite(items).format('biblatex')).not.toContain('Нелегальная');
  });

  test('RIS keeps long values on one line and reads back the same', () => {
    const ris = toRis(items);
    expect(ris).toContain(`UR  - ${longUrl}\n`);
    expect(essentials(new Cite(ris).data)).toEqual(essentials(items));
  });

  test('unwrapRis joins exactly the pieces citation-js cut', () => {
    const seventy = 'x'.repeat(70);
    expect(unwrapRis(`TI  - ${seventy}\n${seventy}\nyz\nER  - `)).toBe(
      `TI  - ${seventy}${seventy}yz\nER  - `,
    );
    expect(unwrapRis(`TI  - ${seventy}\n\nER  - `)).toBe(`TI  - ${seventy}\nER  - `);
    expect(unwrapRis('TI  - short\nAU  - A')).toBe('TI  - short\nAU  - A');
  });
});
