import { describe, expect, test } from 'vitest';
import { bracketParts, citedNumbers, footnoteNumber } from '../../../src/lib/markdown/citation-syntax';

describe('footnoteNumber', () => {
  test('reads single and multi-digit superscripts', () => {
    expect(footnoteNumber('¹')).toBe(1);
    expect(footnoteNumber('⁹')).toBe(9);
    expect(footnoteNumber('¹⁰')).toBe(10);
  });
  test('rejects anything else', () => {
    expect(() => footnoteNumber('1')).toThrow(/not a superscript/);
  });
});

describe('bracket citations', () => {
  test('a single number', () => {
    expect(citedNumbers('1')).toEqual([1]);
    expect(bracketParts('1')).toEqual([{ number: 1, separator: '' }]);
  });
  test('a range is expanded and keeps its printed separator', () => {
    expect(citedNumbers('5 - 7')).toEqual([5, 6, 7]);
    expect(citedNumbers('5–7')).toEqual([5, 6, 7]);
    expect(bracketParts('5 - 7')).toEqual([
      { number: 5, separator: ' - ' },
      { number: 7, separator: '' },
    ]);
  });
  test('a list keeps every number in printed order', () => {
    expect(citedNumbers('1; 9; 10')).toEqual([1, 9, 10]);
    expect(bracketParts('1; 9; 10').map((p) => p.separator)).toEqual(['; ', '; ', '']);
  });
  test('a list with a range inside', () => {
    expect(citedNumbers('1; 3 - 5')).toEqual([1, 3, 4, 5]);
  });
  test('a backwards range is an error', () => {
    expect(() => citedNumbers('7 - 5')).toThrow(/does not run upwards/);
  });
});
