import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from './collections';

/** The collections the site is built from, keyed by name. */
export type Collections = { [C in CollectionName]: CollectionEntry<C>[] };
export type { CollectionName };
export type Entry<C extends CollectionName> = Collections[C][number];

/** Reads every collection once. Only the graph module calls this. */
export async function loadCollections(): Promise<Collections> {
  const entries = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
  return Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, entries[i]])) as Collections;
}
