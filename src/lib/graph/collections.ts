import type { CollectionName, Collections, Entry } from '../content';

/** The collections, each sorted for display: by id, sections in reading order, comparisons by order. */
export function sortCollections(input: Collections): Collections {
  const byId = <T extends { id: string }>(entries: T[]) =>
    [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  return {
    articles: byId(input.articles),
    sections: [...input.sections].sort(
      (a, b) => a.data.article.id.localeCompare(b.data.article.id, 'en') || a.data.order - b.data.order,
    ),
    norms: byId(input.norms),
    statistics: byId(input.statistics),
    sources: byId(input.sources),
    organizations: byId(input.organizations),
    notes: byId(input.notes),
    glossary: byId(input.glossary),
    comparisons: [...input.comparisons].sort((a, b) => a.data.order - b.data.order),
  };
}

/** Every entry, by collection and id. */
export interface IdIndex {
  /** The entry, or undefined for an unknown id. */
  get<C extends CollectionName>(collection: C, id: string): Entry<C> | undefined;
}

/** Indexes every entry by collection and id. */
export function idIndex(collections: Collections): IdIndex {
  const byId = new Map(
    (Object.keys(collections) as CollectionName[]).map((name) => [
      name,
      new Map<string, Entry<CollectionName>>(collections[name].map((e) => [e.id, e])),
    ]),
  );
  return {
    get: <C extends CollectionName>(collection: C, id: string) =>
      byId.get(collection)?.get(id) as Entry<C> | undefined,
  };
}
