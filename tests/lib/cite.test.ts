import { beforeAll, describe, expect, test } from 'vitest';
import { sectionCitation } from '../../src/lib/cite';
import { paragraphCitation } from '../../src/lib/cite-format';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { loadContent } from '../support/load-content';

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('citations of the text', () => {
  test('a section, in the style of the article’s own reference list', () => {
    expect(sectionCitation(graph, 'demo-2024/introduction', 'ru')).toBe(
      'Иванова А.А. Демо // Вестник. – 2024. – DOI: 10.1234/demo.2024.1. – раздел «Введение»',
    );
  });

  test('a paragraph adds its number and URL, in the UI language', () => {
    expect(
      paragraphCitation(
        sectionCitation(graph, 'demo-2024/introduction', 'en'),
        'para.',
        2,
        'https://x.org/p#introduction-p2',
      ),
    ).toBe(
      'A.A. Ivanova Demo // Вестник. – 2024. – DOI: 10.1234/demo.2024.1. – section «Introduction», para. 2. – URL: https://x.org/p#introduction-p2',
    );
  });
});
