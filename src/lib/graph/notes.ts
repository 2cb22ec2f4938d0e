import type { CollectionName, Entry } from '../content';
import { entityKey } from './keys';

/**
 * The notes about each entry, by `entityKey`. Entries list the notes about them; the paragraphs a
 * note is about are listed on the note's page, so they are not indexed.
 */
export function noteIndex(notes: Entry<'notes'>[]): Map<string, Entry<'notes'>[]> {
  const index = new Map<string, Entry<'notes'>[]>();
  for (const note of notes) {
    for (const [collection, refs] of Object.entries(note.data.about)) {
      if (collection === 'paragraphs') continue;
      for (const ref of refs as { id: string }[]) {
        const key = entityKey(collection as CollectionName, ref.id);
        index.set(key, [...(index.get(key) ?? []), note]);
      }
    }
  }
  return index;
}
