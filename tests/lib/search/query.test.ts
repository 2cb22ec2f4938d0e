import { describe, expect, test } from 'vitest';
import {
  highlighted,
  highlightTerms,
  holdsEveryWord,
  normalizeQuery,
  queryWords,
} from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  test('drops the number sign and article abbreviations', () => {
    expect(normalizeQuery('Конвенция № 97')).toBe('Конвенция 97');
    expect(normalizeQuery('Конституция ст. 24')).toBe('Конституция 24');
    expect(normalizeQuery('ст.24')).toBe('24');
  });
  test('leaves words that only contain those letters', () => {
    expect(normalizeQuery('статья 24')).toBe('статья 24');
    expect(normalizeQuery('пост')).toBe('пост');
  });
  test('a number of five or more digits is grouped in threes, as the site prints it', () => {
    expect(normalizeQuery('15129')).toBe('15 129');
    expect(normalizeQuery('1234567 мигрантов')).toBe('1 234 567 мигрантов');
  });
  test('years, act numbers and the DOI keep their digits together', () => {
    expect(normalizeQuery('2011')).toBe('2011');
    expect(normalizeQuery('477-IV')).toBe('477-IV');
    expect(normalizeQuery('10.51889/2959-6181.2025.81.3.008')).toBe('10.51889/2959-6181.2025.81.3.008');
  });
});

describe('queryWords', () => {
  test('function words go, unless they are all there is', () => {
    expect(queryWords('закон о миграции населения')).toEqual(['закон', 'миграц', 'населен']);
    expect(queryWords('Law on Migration')).toEqual(['law', 'migration']);
    expect(queryWords('и')).toEqual(['и']);
  });
  test('while typing, a short last word is taken as unfinished; numbers and a lone word are not', () => {
    expect(queryWords('разрешение рабо', false, true)).toEqual(['разрешен']);
    expect(queryWords('разрешение работ', false, true)).toEqual(['разрешен', 'работ']);
    expect(queryWords('Указ № 88', false, true)).toEqual(['указ', '88']);
    expect(queryWords('МОМ', false, true)).toEqual(['мом']);
  });
  test('once typed, every word counts', () => {
    expect(queryWords('Всемирный банк')).toEqual(['всемирн', 'банк']);
  });
  test('words are cut to their stems, Kazakh, Russian and English alike', () => {
    expect(queryWords('рұқсаттар')).toEqual(['рұқсат']);
    expect(queryWords('квоталар', true)).toEqual(['квота']);
    expect(queryWords('work permits')).toEqual(['work', 'permit']);
  });
  test('every Russian form of a word is one query', () => {
    for (const form of ['квота', 'квоты', 'квот', 'квотами'])
      expect(queryWords(form), form).toEqual(['квот']);
  });
});

describe('holdsEveryWord', () => {
  const text = 'Система квот и разрешений; мигранттарының еңбек құқықтары; World Bank; № 477-IV';
  const holds = (query: string, haystack = text) => holdsEveryWord(queryWords(query), haystack);
  test('every Russian form of a word finds the others', () => {
    for (const form of ['квота', 'квоты', 'квот', 'квотами']) expect(holds(form), form).toBe(true);
    expect(holds('разрешение')).toBe(true);
  });
  test('Kazakh forms find each other', () => {
    expect(holds('мигранттарға')).toBe(true);
    expect(holds('құқықтарын')).toBe(true);
  });
  test('short words must stand whole, so a look-alike does not count', () => {
    expect(holds('work')).toBe(false);
    expect(holds('world bank')).toBe(true);
    expect(holds('work', 'the framework of the Union')).toBe(false);
  });
  test('every word must be there', () => {
    expect(holds('gig economy', 'a developing economy')).toBe(false);
    expect(holds('№ 477-IV')).toBe(true);
  });
});

describe('highlighted', () => {
  test("a result's address marks the words of the query shown, and its expansion's", () => {
    const terms = highlightTerms('work permit', 'Разрешение на работу');
    expect(terms).toEqual(['work', 'permit', 'Разрешение', 'работу']);
    expect(highlighted('/glossary/work-permit/?highlight=%D0%BA%D0%B0%D0%BD%D0%B4%D0%B0%D1%81', terms)).toBe(
      '/glossary/work-permit/?highlight=work&highlight=permit&highlight=%D0%A0%D0%B0%D0%B7%D1%80%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5&highlight=%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D1%83',
    );
    expect(highlighted('/about/', [])).toBe('/about/');
  });
});
