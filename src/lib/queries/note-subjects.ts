import type { EntityCollection } from '../collections';
import type { Entry } from '../content';

/** An entry a note is about. */
export interface NoteSubject {
  collection: EntityCollection;
  id: string;
}

/** What a note can be about that is not an entry with a page: its page lists these apart. */
const NOT_ENTRIES: readonly string[] = ['paragraphs', 'comparisons'];

/** The entries a note is about, in the order its schema lists their collections. */
export function noteSubjects(note: Entry<'notes'>): NoteSubject[] {
  return Object.entries(note.data.about)
    .filter(([collection]) => !NOT_ENTRIES.includes(collection))
    .flatMap(([collection, refs]) =>
      (refs as { id: string }[]).map(({ id }) => ({ collection: collection as EntityCollection, id })),
    );
}
