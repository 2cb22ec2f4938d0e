import { ENTITY_COLLECTIONS, type EntityCollection } from '../routes';

/** The collections whose entries are printed as facts plus the paragraphs that cite them. */
export type PrintedEntity = Exclude<EntityCollection, 'articles' | 'sections'>;

/** Every entry collection but the article and its sections, which print as text. */
export const PRINTED_ENTITIES: readonly PrintedEntity[] = ENTITY_COLLECTIONS.filter(
  (collection): collection is PrintedEntity => collection !== 'articles' && collection !== 'sections',
);
