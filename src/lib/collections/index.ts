/**
 * The site's collections. Each is declared once, in its own module of this folder (a declaration
 * and, for a collection with pages, its view); this list orders them, and that order is the
 * navigation's, the indexes', the sitemap's and the open data's. Only declarations are read here,
 * so browser code can import it; views are in ./views. Adding a collection: README.
 */
import type { COLLECTION_SCHEMAS } from '../../schemas/collections';
import { articles } from './articles';
import { comparisons } from './comparisons';
import { glossary } from './glossary';
import { norms } from './norms';
import { notes } from './notes';
import { organizations } from './organizations';
import { createRegistry } from './registry';
import { sections } from './sections';
import { sources } from './sources';
import { statistics } from './statistics';

const DECLARATIONS = [
  articles,
  sections,
  norms,
  statistics,
  sources,
  organizations,
  notes,
  glossary,
  comparisons,
] as const;
type Declared = (typeof DECLARATIONS)[number];

/** The site's registry. */
export const REGISTRY = createRegistry(DECLARATIONS);

/** Every collection's name: one per schema (a test checks that each has one declaration). */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTION_NAMES: readonly CollectionName[] = DECLARATIONS.map((d) => d.name);

/** The collections whose entries have pages, in registry order. */
export type EntityCollection = Extract<Declared, { pages: object }>['name'];
export const ENTITY_COLLECTIONS = REGISTRY.pagedNames as readonly EntityCollection[];

/**
 * The collections whose entries are facts (norms, figures, sources, organisations, notes, terms):
 * one shared page and one shared print document render them all, `[collection]/[id]`. The
 * article and its sections are text, with pages of their own.
 */
export type FactCollection = Extract<Declared, { pages: { printsAsFacts: true } }>['name'];
export const FACT_COLLECTIONS = REGISTRY.factNames as readonly FactCollection[];

/** The collections with an index page, in navigation order. */
export type IndexedCollection = Extract<Declared, { pages: { index: object } }>['name'];
export const INDEXED_COLLECTIONS = REGISTRY.indexedNames as readonly IndexedCollection[];

/** The collections section text can mention (`norm:`, `stat:`, `org:`). */
export type MentionCollection = Extract<Declared, { mention: string }>['name'];

/** The collections exported one data set each, in order. */
export type OpenDataCollection = Extract<Declared, { openData: object }>['name'];
export const OPEN_DATA_COLLECTIONS = REGISTRY.openDataNames as readonly OpenDataCollection[];

export type { Declaration, Listing, View } from './spec';
export { createRegistry, type Registry } from './registry';
