import { describe, expect, test } from 'vitest';
import { entryRouteParams } from '../../src/lib/entry-routes';
import { entityPath } from '../../src/lib/routes';

describe('entry route params', () => {
  test.each([
    ['norms', 'kz-constitution-1995', { id: 'kz-constitution-1995' }],
    ['glossary', 'quota', { id: 'quota' }],
    ['articles', 'moldakhmetova-2025', { article: 'moldakhmetova-2025' }],
    [
      'sections',
      'moldakhmetova-2025/introduction',
      { article: 'moldakhmetova-2025', section: 'introduction' },
    ],
  ] as const)('%s %s', (collection, id, params) => {
    expect(entryRouteParams(collection, id)).toEqual(params);
    // The page folders' own parameters fill in to the entry's path.
    const folder = collection === 'sections' || collection === 'articles' ? 'articles' : collection;
    expect(`${folder}/${Object.values(params).join('/')}/`).toBe(entityPath(collection, id));
  });
});
