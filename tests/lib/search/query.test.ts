import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../../src/lib/search/query';

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
