import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph';
import { expandQuery } from '../../../src/lib/search/expand-query';
import { expansionsOf, type Expansion } from '../../../src/lib/search/expansions';
import { queryWords } from '../../../src/lib/search/query';
import { loadContent } from '../../support/load-content';

let dictionary: Expansion[];
beforeAll(async () => {
  dictionary = expansionsOf(buildGraph(await loadContent('content')));
});

const expand = (query: string, kazakhUi = false) => expandQuery(queryWords(query, kazakhUi), dictionary);

describe('expandQuery on the article', () => {
  test('English and Kazakh names of a glossary term give its Russian name', () => {
    expect(expand('work permit')).toBe('Разрешение на работу');
    expect(expand('рұқсаттар', true)).toBe('Разрешение на работу');
    expect(expand('quota system')).toBe('Квота');
  });
  test('a name in the very same form wins over a related one', () => {
    expect(expand('labour migration')).toBe('Трудовая миграция');
    expect(expand('labour migrant')).toBe('Трудовой мигрант');
  });
  test("a norm's distinctive word finds it; the query's numbers stay", () => {
    expect(expand('Constitution article 24')).toBe('Конституция 24');
    expect(expand('ILO Convention 143')).toMatch(/^Конвенция МОТ № 143/u);
  });
  test("the article's keywords, printed in three languages, expand to the Russian one", () => {
    expect(expand('мигранттардың', true)).toBe('мигранты');
  });
  test('a query that names no concept is not expanded', () => {
    expect(expand('gig economy')).toBeUndefined();
    expect(expand('15 129')).toBeUndefined();
  });
});
