import { expect, test } from 'vitest';
import { noteIndex } from '../../../src/lib/graph/notes';
import { changed } from './fixtures';

test('noteIndex files each note under the entries it is about, not under its paragraphs', async () => {
  const c = await changed((c) => {
    const second = structuredClone(c.notes[0]!);
    second.id = 'demo-second-note';
    second.data.about = {
      ...second.data.about,
      statistics: [{ collection: 'statistics', id: 'demo-arrivals' }],
    };
    c.notes.push(second);
  });
  const index = noteIndex(c.notes);
  expect(index.get('norms:demo-constitution')?.map((n) => n.id)).toEqual(['demo-note', 'demo-second-note']);
  expect(index.get('statistics:demo-arrivals')?.map((n) => n.id)).toEqual(['demo-second-note']);
  expect([...index.keys()].some((key) => key.startsWith('paragraphs:'))).toBe(false);
});
