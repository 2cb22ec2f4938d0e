import { describe, expect, test } from 'vitest';
import { paragraphAnchorAt } from '../../../src/lib/search/paragraph-anchor';

const anchors = [
  { id: 'content', location: 0 },
  { id: 'results-and-discussion-p1', location: 10 },
  { id: 'results-and-discussion-p2', location: 40 },
  { id: 'fn-4', location: 90 },
];

describe('paragraphAnchorAt', () => {
  test('the paragraph whose text holds the match', () => {
    expect(paragraphAnchorAt(anchors, 12)).toBe('results-and-discussion-p1');
    expect(paragraphAnchorAt(anchors, 40)).toBe('results-and-discussion-p2');
  });
  test('a match after the paragraphs (in the footnotes) is in none', () => {
    expect(paragraphAnchorAt(anchors, 95)).toBeUndefined();
  });
  test('nothing before the first paragraph', () => {
    expect(paragraphAnchorAt(anchors, 5)).toBeUndefined();
  });
});
