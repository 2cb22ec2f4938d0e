import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { citationAuthorName, highwireTags, type MetaTag } from '../../../src/lib/metadata/highwire';
import { loadContent } from '../../support/load-content';

const root = new URL('https://x.org/explorer/');
const values = (tags: MetaTag[], name: string) =>
  tags.filter((tag) => tag.name === name).map((tag) => tag.content);

describe('citationAuthorName', () => {
  test.each([
    ['Молдахметова Ж.Е.', 'Молдахметова, Ж.Е.'],
    ['Ж.Е. Молдахметова', 'Молдахметова, Ж.Е.'],
    ['Zh.Ye. Moldakhmetova', 'Moldakhmetova, Zh.Ye.'],
    ['Хамзин  А. Ш.', 'Хамзин, А.Ш.'],
    ['Римская-Корсакова А.А.', 'Римская-Корсакова, А.А.'],
    ['World Bank', 'World Bank'],
  ])('%s → %s', (printed, expected) => {
    expect(citationAuthorName(printed)).toBe(expected);
  });
});

describe('highwireTags on the fixtures', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('tests/fixtures/content'));
  });

  test('article-level tags, in order, with absolute URLs in the page language', () => {
    const tags = highwireTags(graph, 'demo-2024', { root, lang: 'en' });
    expect(tags).toEqual([
      { name: 'citation_title', content: 'Демо' },
      { name: 'citation_author', content: 'Иванова, А.А.' },
      { name: 'citation_author_institution', content: 'Университет' },
      { name: 'citation_author_email', content: 'a@example.org' },
      { name: 'citation_doi', content: '10.1234/demo.2024.1' },
      { name: 'citation_journal_title', content: 'Вестник' },
      { name: 'citation_publisher', content: 'Университет' },
      { name: 'citation_publication_date', content: '2024' },
      { name: 'citation_date', content: '2024' },
      { name: 'citation_language', content: 'ru' },
      { name: 'citation_abstract', content: 'Аннотация.' },
      { name: 'citation_abstract_html_url', content: 'https://x.org/explorer/en/articles/demo-2024/' },
      {
        name: 'citation_fulltext_html_url',
        content: 'https://x.org/explorer/en/articles/demo-2024/full-text/',
      },
      { name: 'citation_keywords', content: 'мигранты' },
      { name: 'citation_reference', content: 'Доклад о миграции. – 2022.' },
    ]);
  });

  test('a section page points the full text at itself', () => {
    const tags = highwireTags(graph, 'demo-2024', {
      root,
      lang: 'ru',
      fullText: 'articles/demo-2024/introduction/',
    });
    expect(values(tags, 'citation_fulltext_html_url')).toEqual([
      'https://x.org/explorer/articles/demo-2024/introduction/',
    ]);
    expect(values(tags, 'citation_title')).toEqual(['Демо']);
  });

  test('unconfirmed facts are left out; known ones are given', () => {
    const tags = highwireTags(graph, 'demo-2024', { root, lang: 'ru' });
    for (const name of ['citation_issn', 'citation_volume', 'citation_issue', 'citation_firstpage'])
      expect(values(tags, name), name).toEqual([]);

    const known = structuredClone(graph.collections);
    const article = known.articles[0];
    if (!article) throw new Error('no fixture article');
    article.data.publication = {
      ...article.data.publication,
      issn: '1234-5678',
      volume: 81,
      issue: 3,
      pages: { first: 73, last: 81 },
    };
    const full = highwireTags(buildGraph(known), 'demo-2024', { root, lang: 'ru' });
    expect(values(full, 'citation_issn')).toEqual(['1234-5678']);
    expect(values(full, 'citation_volume')).toEqual(['81']);
    expect(values(full, 'citation_issue')).toEqual(['3']);
    expect(values(full, 'citation_firstpage')).toEqual(['73']);
    expect(values(full, 'citation_lastpage')).toEqual(['81']);
  });
});

describe('highwireTags on the article', () => {
  let tags: MetaTag[];
  beforeAll(async () => {
    const graph = buildGraph(await loadContent('content'));
    tags = highwireTags(graph, 'moldakhmetova-2025', { root, lang: 'ru' });
  });

  test('the author in citation form, with the printed affiliation and e-mail', () => {
    expect(values(tags, 'citation_author')).toEqual(['Молдахметова, Ж.Е.']);
    expect(values(tags, 'citation_author_institution')).toEqual([
      'Казахский национальный педагогический университет имени Абая',
    ]);
    expect(values(tags, 'citation_author_email')).toEqual(['moldaxmetova_Zh@mail.ru']);
  });

  test('journal facts as the data holds them: no ISSN, volume or issue while unconfirmed', () => {
    expect(values(tags, 'citation_doi')).toEqual(['10.51889/2959-6181.2025.81.3.008']);
    expect(values(tags, 'citation_journal_title')).toEqual([
      'Вестник КазНПУ имени Абая. Серия «Юриспруденция»',
    ]);
    expect(values(tags, 'citation_date')).toEqual(['2025']);
    expect(tags.some((tag) => tag.content.includes('2959-6181') && tag.name !== 'citation_doi')).toBe(false);
    for (const name of ['citation_issn', 'citation_volume', 'citation_issue'])
      expect(values(tags, name), name).toEqual([]);
  });

  test('one citation_reference per numbered reference, as printed in the Russian list', () => {
    const references = values(tags, 'citation_reference');
    expect(references).toHaveLength(10);
    expect(references.every((text) => text.trim().length > 0)).toBe(true);
    expect(values(tags, 'citation_keywords')).toHaveLength(7);
  });

  test('every tag has content', () => {
    expect(tags.every((tag) => tag.content.trim() !== '')).toBe(true);
  });
});
