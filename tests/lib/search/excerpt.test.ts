import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt';

describe('excerptParts', () => {
  test('the text around a match keeps its spaces', () => {
    expect(excerptParts('система <mark>квот</mark> функцию')).toEqual([
      { text: 'система ', marked: false },
      { text: 'квот', marked: true },
      { text: ' функцию', marked: false },
    ]);
  });
  test('entities are text, and markup other than <mark> is never parsed', () => {
    expect(excerptParts('a &lt;b&gt; &amp; &#8470; &#x2116;')).toEqual([
      { text: 'a <b> & № №', marked: false },
    ]);
  });
});
