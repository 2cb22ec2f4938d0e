import { describe, expect, test } from 'vitest';
import {
  findDuplicateNumbers,
  numberIndex,
  numberKey,
  numberedLists,
} from '../../../src/lib/graph/numbering';
import { changed, fixtures, printed } from './fixtures';

/** The fixtures with a second source that prints the same footnote and reference as the first. */
const withTwin = () =>
  changed((c) => {
    const twin = structuredClone(c.sources[0]!);
    twin.id = 'demo-twin';
    twin.filePath = 'tests/fixtures/content/sources/demo-twin.yaml';
    c.sources.push(twin);
  });

describe('numberIndex', () => {
  test('maps each printed number to its source and printed text', async () => {
    const numbered = numberIndex((await fixtures()).sources);
    expect(numbered.get(numberKey('demo-2024', 'footnotes', 1))?.source.id).toBe('demo-report');
    expect(numbered.get(numberKey('demo-2024', 'references', 1))?.printedTransliterated).toBe(
      'Doklad o migracii. – 2022.',
    );
    expect(numbered.get(numberKey('demo-2024', 'footnotes', 1))).not.toHaveProperty('printedTransliterated');
  });

  test('gives a number claimed twice to the first claimant', async () => {
    const numbered = numberIndex((await withTwin()).sources);
    expect(numbered.get(numberKey('demo-2024', 'footnotes', 1))?.source.id).toBe('demo-report');
  });
});

describe('numberedLists', () => {
  test('lists an article’s entries in number order, a fresh copy each time', async () => {
    const collections = await changed((c) => {
      const second = structuredClone(c.sources[0]!);
      second.id = 'demo-second';
      second.data.citedAs = [{ ...c.sources[0]!.data.citedAs[0]!, number: 2 }];
      c.sources.unshift(second);
    });
    const listOf = numberedLists(numberIndex(collections.sources));
    expect(listOf('demo-2024', 'footnotes').map((e) => [e.number, e.source.id])).toEqual([
      [1, 'demo-report'],
      [2, 'demo-second'],
    ]);
    listOf('demo-2024', 'footnotes').pop();
    expect(listOf('demo-2024', 'footnotes')).toHaveLength(2);
    expect(listOf('no-such-article', 'references')).toEqual([]);
  });
});

describe('findDuplicateNumbers', () => {
  test('finds none in the fixtures', async () => {
    expect(findDuplicateNumbers((await fixtures()).sources)).toEqual([]);
  });

  test('names the later source and the one that already prints the number', async () => {
    expect(printed(findDuplicateNumbers((await withTwin()).sources))).toEqual([
      'tests/fixtures/content/sources/demo-twin.yaml → citedAs[0]: footnotes 1 of demo-2024 is already printed by source "demo-report"',
      'tests/fixtures/content/sources/demo-twin.yaml → citedAs[1]: references 1 of demo-2024 is already printed by source "demo-report"',
    ]);
  });
});
