import { describe, expect, test } from 'vitest';
import { idIndex, sortCollections } from '../../../src/lib/graph/collections';
import { fixtures } from './fixtures';

describe('sortCollections', () => {
  test('sorts entries by id, sections by article and order, comparisons by order', async () => {
    const c = await fixtures();
    const [section] = c.sections;
    const later = { ...section!, id: 'demo-2024/a-later', data: { ...section!.data, order: 2 } };
    const other = {
      ...section!,
      id: 'a-2020/z',
      data: { ...section!.data, article: { collection: 'articles' as const, id: 'a-2020' } },
    };
    const [note] = c.notes;
    const sorted = sortCollections({
      ...c,
      sections: [later, section!, other],
      notes: [{ ...note!, id: 'z-note' }, note!],
      comparisons: [
        { ...c.comparisons[0]!, id: 'b', data: { ...c.comparisons[0]!.data, order: 1 } },
        { ...c.comparisons[0]!, id: 'a', data: { ...c.comparisons[0]!.data, order: 2 } },
      ],
    });
    expect(sorted.sections.map((s) => s.id)).toEqual([
      'a-2020/z',
      'demo-2024/introduction',
      'demo-2024/a-later',
    ]);
    expect(sorted.notes.map((n) => n.id)).toEqual(['demo-note', 'z-note']);
    expect(sorted.comparisons.map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('idIndex', () => {
  test('finds an entry by collection and id, and nothing for an unknown id', async () => {
    const ids = idIndex(await fixtures());
    expect(ids.get('norms', 'demo-constitution')?.data.kind).toBe('constitution');
    expect(ids.get('norms', 'demo-arrivals')).toBeUndefined();
  });
});
