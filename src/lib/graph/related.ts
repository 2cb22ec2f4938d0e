import type { CollectionName } from '../content';
import { paragraphKey } from './keys';
import type { CitationSite, RelatedEntry } from './types';

/**
 * Entities cited in the same paragraphs as an entity, most shared paragraphs first. The paragraphs
 * of every entity and the entities of every paragraph are indexed once, and each answer is kept:
 * every page in every UI language asks, and scanning all entities per page grows with the square
 * of the corpus.
 */
export function relatedIndex(citedIn: Map<string, CitationSite[]>) {
  // Entity → its paragraphs, each with whether the entity is there only by an editorial reading.
  const paragraphsOf = new Map<string, Map<string, boolean>>();
  const entitiesAt = new Map<string, Set<string>>();
  for (const [key, sites] of citedIn) {
    const own = new Map(sites.map((s) => [paragraphKey(s.section.id, s.paragraph), s.reading !== undefined]));
    paragraphsOf.set(key, own);
    for (const paragraph of own.keys())
      entitiesAt.set(paragraph, (entitiesAt.get(paragraph) ?? new Set()).add(key));
  }
  const answers = new Map<string, RelatedEntry[]>();
  const compute = (key: string): RelatedEntry[] => {
    const counts = new Map<string, { shared: number; readings: number }>();
    for (const [paragraph, ownReading] of paragraphsOf.get(key) ?? []) {
      for (const other of entitiesAt.get(paragraph) ?? []) {
        if (other === key) continue;
        const count = counts.get(other) ?? { shared: 0, readings: 0 };
        count.shared += 1;
        if (ownReading || paragraphsOf.get(other)?.get(paragraph)) count.readings += 1;
        counts.set(other, count);
      }
    }
    return [...counts]
      .map(([other, count]) => {
        const [collection, id = ''] = other.split(/:(.*)/s) as [CollectionName, string];
        return { collection, id, ...count };
      })
      .sort(
        (a, b) =>
          b.shared - a.shared ||
          a.collection.localeCompare(b.collection, 'en') ||
          a.id.localeCompare(b.id, 'en'),
      );
  };
  return (key: string) => {
    const answer = answers.get(key) ?? compute(key);
    answers.set(key, answer);
    return [...answer];
  };
}
