import { beforeAll, describe, expect, test } from 'vitest';
import type { Entry } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { parseAuthor, sourceToCsl } from '../../../src/lib/open-data/csl';
import { loadContent } from '../../support/load-content';
import { changed, declareUrlSlip } from '../graph/fixtures';

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

  test('a legal act whose printed address a slip note gives to another act: the official address, the printed one in the note', async () => {
    const slipped = buildGraph(await changed(declareUrlSlip));
    const item = sourceToCsl(slipped, slipped.entry('sources', 'demo-report'));
    expect(item.URL).toBe('https://example.org/constitution');
    expect(item.note).toBe('Адрес, напечатанный в статье (https://example.org/report), ведёт на другой акт');
  });

  test('a legal act without a recorded slip keeps its printed address and has no note', async () => {
    const plain = buildGraph(
      await changed((c) => {
        const [source, norm] = [c.sources[0]!, c.norms[0]!];
        source.data = { ...source.data, kind: 'legal-act', norm: { collection: 'norms', id: norm.id } };
        norm.data.official.url = 'https://example.org/constitution';
      }),
    );
    const item = sourceToCsl(plain, plain.entry('sources', 'demo-report'));
    expect(item.URL).toBe('https://example.org/report');
    expect(item.note).toBeUndefined();
  });
});
