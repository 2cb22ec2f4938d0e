import { describe, expect, test } from 'vitest';
import { holdsEveryWord, normalizeQuery } from '../../../src/lib/search/query';

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
});

describe('holdsEveryWord', () => {
  const text = 'Система квот и разрешений; мигранттарының еңбек құқықтары; World Bank; № 477-IV';
  test('finds inflected forms of long words', () => {
    expect(holdsEveryWord('квотами', text)).toBe(false);
    expect(holdsEveryWord('разрешение', text)).toBe(true);
    expect(holdsEveryWord('мигранттарға', text)).toBe(true);
  });
  test('short words must stand whole, so a look-alike does not count', () => {
    expect(holdsEveryWord('work', text)).toBe(false);
    expect(holdsEveryWord('world bank', text)).toBe(true);
    expect(holdsEveryWord('work', 'the framework of the Union')).toBe(false);
  });
  test('every word must be there', () => {
    expect(holdsEveryWord('gig economy', 'a developing economy')).toBe(false);
    expect(holdsEveryWord('№ 477-IV', text)).toBe(true);
  });
});
