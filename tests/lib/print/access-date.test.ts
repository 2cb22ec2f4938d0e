import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildDate, newestContentDate } from '../../../src/lib/print/access-date';
import { loadContent } from '../../support/load-content';

let collections: Collections;
beforeAll(async () => {
  collections = await loadContent('tests/fixtures/content');
});

describe('the access date of print documents', () => {
  test('is the last commit date where there is one', () => {
    expect(buildDate({ commitDate: '2026-11-24', sourceDateEpoch: '0', collections })).toBe('2026-11-24');
  });

  test('else SOURCE_DATE_EPOCH, as a UTC day', () => {
    expect(buildDate({ sourceDateEpoch: '1764547200', collections })).toBe('2025-12-01');
  });

  test('else the newest date in the content, so a copy without history still builds the same', () => {
    const newest = newestContentDate(collections);
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(buildDate({ commitDate: undefined, sourceDateEpoch: '', collections })).toBe(newest);
  });

  test('with no date anywhere, the build stops and says why', () => {
    const empty = Object.fromEntries(Object.keys(collections).map((k) => [k, []])) as unknown as Collections;
    expect(() => buildDate({ collections: empty })).toThrow(/no build date/);
  });
});
