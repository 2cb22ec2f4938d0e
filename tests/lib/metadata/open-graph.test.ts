import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import {
  articleDescription,
  normDescription,
  openGraphTags,
  sectionDescription,
  shorten,
  statisticDescription,
} from '../../../src/lib/metadata/open-graph';
import { loadContent } from '../../support/load-content';

describe('openGraphTags', () => {
  test('title, type, URL, locale with the others as alternates, site name, description', () => {
    expect(
      openGraphTags({
        title: 'T',
        description: 'D',
        type: 'website',
        url: 'https://x.org/kk/',
        lang: 'kk',
        siteName: 'S',
      }),
    ).toEqual([
      { property: 'og:title', content: 'T' },
      { property: 'og:type', content: 'website' },
      { property: 'og:url', content: 'https://x.org/kk/' },
      { property: 'og:locale', content: 'kk_KZ' },
      { property: 'og:locale:alternate', content: 'ru_RU' },
      { property: 'og:locale:alternate', content: 'en_GB' },
      { property: 'og:site_name', content: 'S' },
      { property: 'og:description', content: 'D' },
    ]);
  });
});

describe('shorten', () => {
  test('keeps a short text, folding spaces', () => {
    expect(shorten('a  b\nc')).toBe('a b c');
  });
  test('cuts a long text at a word boundary', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('one two, three four', 13)).toBe('one two…');
    expect(shorten('x'.repeat(400)).length).toBe(300);
  });
});

describe('descriptions', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('tests/fixtures/content'));
  });

  test('in the UI language', () => {
    expect(articleDescription(graph, 'demo-2024', 'en')).toBe('Abstract.');
    expect(sectionDescription(graph, 'demo-2024/introduction', 'ru')).toBe(
      'Введение. Раздел статьи: Демо (Иванова А.А., 2024).',
    );
    // The phrase is Kazakh's own, not Russian's with Kazakh words: the article first, then «…бөлімі».
    expect(sectionDescription(graph, 'demo-2024/introduction', 'kk')).toBe(
      'Кіріспе. «Демо» мақаласының бөлімі (А.А. Иванова, 2024).',
    );
    expect(normDescription(graph, 'demo-constitution', 'en')).toMatch(/^Constitution\. How the article/);
    expect(statisticDescription(graph, 'demo-arrivals', 'kk')).toMatch(
      /^2022 жылы келген адамдар: 17 425\. /,
    );
  });
});
