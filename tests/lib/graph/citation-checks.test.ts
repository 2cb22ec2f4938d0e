import { describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import {
  findMisplacedNormMentions,
  findUnknownMentions,
  findUnprintedCitations,
} from '../../../src/lib/graph/citation-checks';
import { idIndex } from '../../../src/lib/graph/collections';
import { numberIndex } from '../../../src/lib/graph/numbering';
import { renderedSections } from '../../../src/lib/graph/sections';
import { normPlaces } from '../../../src/lib/norm-places';
import { changed, fixtures, printed, SECTION_FILE } from './fixtures';

/** Runs a citation check over the collections' sections, with the indexes it reads. */
function check(
  find: typeof findUnknownMentions | typeof findMisplacedNormMentions | typeof findUnprintedCitations,
  c: Collections,
): string[] {
  const context = { ids: idIndex(c), numbered: numberIndex(c.sources), places: normPlaces(c.norms) };
  return printed(find(c.sections, renderedSections(c.sections), context));
}

describe('the citation checks', () => {
  test.each([
    ['findUnknownMentions', findUnknownMentions],
    ['findMisplacedNormMentions', findMisplacedNormMentions],
    ['findUnprintedCitations', findUnprintedCitations],
  ] as const)('%s finds nothing in the fixtures', async (_, find) => {
    expect(check(find, await fixtures())).toEqual([]);
  });
});

describe('findUnknownMentions', () => {
  test('names the paragraph that mentions an entity that does not exist', async () => {
    const collections = await changed((c) => {
      c.norms = [];
    });
    expect(check(findUnknownMentions, collections)).toEqual([
      `${SECTION_FILE} → body (paragraph 1): mentions unknown norms id "demo-constitution"`,
    ]);
  });
});

describe('findMisplacedNormMentions', () => {
  test('names a mention of a norm in a paragraph none of its quotes places it in', async () => {
    const collections = await changed((c) => {
      c.norms[0]!.data.namedAs = [];
    });
    expect(check(findMisplacedNormMentions, collections)).toEqual([
      `${SECTION_FILE} → body (paragraph 1): mentions norm "demo-constitution", but neither its namedAs nor its identifiedAs quotes this paragraph`,
    ]);
  });

  test('leaves a mention of an unknown norm to findUnknownMentions', async () => {
    const collections = await changed((c) => {
      c.norms = [];
    });
    expect(check(findMisplacedNormMentions, collections)).toEqual([]);
  });
});

describe('findUnprintedCitations', () => {
  test('names each footnote marker and bracket citation no source prints', async () => {
    const collections = await changed((c) => {
      c.sources = [];
    });
    expect(check(findUnprintedCitations, collections)).toEqual([
      `${SECTION_FILE} → body (paragraph 1): cites footnote 1, which no source prints for demo-2024`,
      `${SECTION_FILE} → body (paragraph 2): cites footnote 1, which no source prints for demo-2024`,
      `${SECTION_FILE} → body (paragraph 2): cites reference 1, which no source prints for demo-2024`,
    ]);
  });
});
