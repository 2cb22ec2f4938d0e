import { describe, expect, test } from 'vitest';
import { parseRange, rangeLabel, rangeNumbers, stillCited } from '../../../src/lib/print/range';

describe('a paragraph range of a section', () => {
  test('is read from the query and clamped to the section', () => {
    expect(parseRange('?from=3&to=7', 17)).toEqual({ from: 3, to: 7 });
    expect(parseRange('?from=0&to=99', 7)).toBeUndefined();
    expect(parseRange('?from=5', 7)).toEqual({ from: 5, to: 7 });
    expect(parseRange('?to=2', 7)).toEqual({ from: 1, to: 2 });
    expect(parseRange('?from=6&to=2', 7)).toEqual({ from: 2, to: 6 });
  });

  test('asks for nothing without from or to', () => {
    expect(parseRange('', 7)).toBeUndefined();
    expect(parseRange('?x=1', 7)).toBeUndefined();
  });

  test('keeps its paragraphs and what they cite, and names itself in a citation', () => {
    expect(rangeNumbers({ from: 3, to: 5 })).toEqual([3, 4, 5]);
    const kept = new Set(['a-p3', 'a-p4']);
    expect(stillCited(['a-p1', 'a-p4'], kept)).toBe(true);
    expect(stillCited(['a-p1'], kept)).toBe(false);
    expect(rangeLabel({ from: 3, to: 7 })).toBe('3–7');
    expect(rangeLabel({ from: 4, to: 4 })).toBe('4');
  });
});
