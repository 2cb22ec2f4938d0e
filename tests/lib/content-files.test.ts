import { describe, expect, test } from 'vitest';
import { entryId, findDuplicateIds } from '../../src/lib/content-files';

describe('entryId', () => {
  test('drops the extension and keeps folders', () => {
    expect(entryId('kz-law-migration-2011.yaml')).toBe('kz-law-migration-2011');
    expect(entryId('moldakhmetova-2025/introduction.md')).toBe('moldakhmetova-2025/introduction');
  });
  test('slugs each segment as Astro does', () => {
    expect(entryId('KZ Law.yaml')).toBe('kz-law');
    expect(entryId('demo/index.md')).toBe('demo');
  });
});

describe('findDuplicateIds', () => {
  test('names both files and the id they share', () => {
    expect(findDuplicateIds('content/norms', ['a.yaml', 'A.yaml', 'b.yaml'])).toEqual([
      'content/norms/a.yaml and content/norms/A.yaml → id: both files have the id "a"',
    ]);
  });
  test('finds nothing among distinct ids', () => {
    expect(findDuplicateIds('content/norms', ['a.yaml', 'b.yaml', 'x/a.yaml'])).toEqual([]);
  });
});
