import { getCollection, type CollectionEntry } from 'astro:content';

/** The collections the site is built from, keyed by name. */
export interface Collections {
  articles: CollectionEntry<'articles'>[];
  sections: CollectionEntry<'sections'>[];
  norms: CollectionEntry<'norms'>[];
  statistics: CollectionEntry<'statistics'>[];
  sources: CollectionEntry<'sources'>[];
  organizations: CollectionEntry<'organizations'>[];
  notes: CollectionEntry<'notes'>[];
  glossary: CollectionEntry<'glossary'>[];
  comparisons: CollectionEntry<'comparisons'>[];
}
export type CollectionName = keyof Collections;
export type Entry<C extends CollectionName> = Collections[C][number];

/** Reads every collection once. Only the graph module calls this. */
export async function loadCollections(): Promise<Collections> {
  const [articles, sections, norms, statistics, sources, organizations, notes, glossary, comparisons] =
    await Promise.all([
      getCollection('articles'),
      getCollection('sections'),
      getCollection('norms'),
      getCollection('statistics'),
      getCollection('sources'),
      getCollection('organizations'),
      getCollection('notes'),
      getCollection('glossary'),
      getCollection('comparisons'),
    ]);
  return { articles, sections, norms, statistics, sources, organizations, notes, glossary, comparisons };
}
