import { ENTITY_COLLECTIONS, REGISTRY, type EntityCollection } from '../collections';

/** The collections whose entries are printed as facts plus the paragraphs that cite them. */
export type PrintedEntity = Exclude<EntityCollection, 'articles' | 'sections'>;

/** Every entry collection that prints as facts (the article and its sections print as text). */
export const PRINTED_ENTITIES: readonly PrintedEntity[] = ENTITY_COLLECTIONS.filter(
  (collection): collection is PrintedEntity => REGISTRY.paged(collection).pages.printsAsFacts,
);
