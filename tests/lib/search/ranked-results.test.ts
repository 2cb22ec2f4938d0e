import { describe, expect, test } from 'vitest';
import type { Fragment, Hit } from '../../../src/lib/search/pagefind-api';
import { loadShown, mergeHits } from '../../../src/lib/search/ranked-results';

function hit(id: string, score: number, content: string, type = 'norm', fetches: string[] = []): Hit {
  const fragment: Fragment = {
    url: `/${id}/`,
    excerpt: '',
    content,
    meta: { type },
    locations: [],
    anchors: [],
  };
  return {
    id,
    score,
    data: () => {
      fetches.push(id);
      return Promise.resolve(fragment);
    },
  };
}

describe('mergeHits', () => {
  test('each page once, at its best score, holding either search’s words', () => {
    const a = hit('a', 1, 'квота');
    const merged = mergeHits([
      { hits: [a, hit('b', 3, 'x')], words: ['quota'] },
      { hits: [hit('a', 5, 'квота')], words: ['квот'] },
    ]);
    expect(merged.map((c) => [c.hit.id, c.hit.score, c.words])).toEqual([
      ['a', 5, [['quota'], ['квот']]],
      ['b', 3, [['quota']]],
    ]);
  });
});

describe('loadShown', () => {
  test('entries come before the notes about them among the results shown together', async () => {
    const candidates = mergeHits([
      { hits: [hit('note', 3, 'квота', 'note'), hit('term', 2, 'квота', 'glossary')], words: ['квот'] },
    ]);
    const { fragments } = await loadShown(candidates, 0, 2);
    expect(fragments.map((f) => f.url)).toEqual(['/term/', '/note/']);
  });
  test('pages without every word are skipped, and reading stops at three candidates per result', async () => {
    const fetched: string[] = [];
    const hits = Array.from({ length: 10 }, (_, i) => hit(`p${i}`, 10 - i, 'к', 'page', fetched));
    const { fragments, next } = await loadShown(mergeHits([{ hits, words: ['криптова'] }]), 0, 2);
    expect(fragments).toEqual([]);
    expect(next).toBe(6);
    expect(fetched).toHaveLength(6);
  });
});
