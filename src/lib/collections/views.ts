/**
 * How each collection with pages shows its entries (labels, search facets, index listings):
 * server-side code, kept apart from the declarations browser code reads.
 */
import type { Picked, UiLang } from '../../i18n';
import type { Graph } from '../graph';
import type { SearchFacets } from '../search/facets';
import { articlesView } from './articles';
import { glossaryView } from './glossary';
import { REGISTRY, type EntityCollection, type IndexedCollection, type Registry } from './index';
import { normsView } from './norms';
import { notesView } from './notes';
import { organizationsView } from './organizations';
import { sectionsView } from './sections';
import { sourcesView } from './sources';
import type { Listing, View } from './spec';
import { statisticsView } from './statistics';

/** The label, facets and listing functions of a registry's collections, from their views. */
export interface Views {
  /** The name an entry goes by in lists and links, in the UI language where it has one. */
  entityLabel(graph: Graph, collection: string, id: string, lang: UiLang): Picked;
  /** The search facets of an entry, read from the same data its page renders. */
  facetsOf(graph: Graph, collection: string, id: string): SearchFacets;
  /** The collections the shared index page lists (the others have index pages of their own). */
  readonly listedCollections: readonly string[];
  /** What the shared index page lists for a collection; throws for one with its own index page. */
  listing(graph: Graph, collection: string, lang: UiLang): Listing;
}

/** The views of a registry's collections; throws when a collection with pages has none. */
export function createViews(registry: Registry, views: Record<string, View>): Views {
  const missing = registry.pagedNames.filter((name) => views[name] === undefined);
  if (missing.length > 0) throw new Error(`collections: no view for ${missing.join(', ')}`);
  const view = (name: string): View => {
    const found = views[name];
    if (!found) throw new Error(`collections: "${name}" has no pages`);
    return found;
  };
  return {
    entityLabel: (graph, collection, id, lang) => view(collection).label(graph, id, lang),
    facetsOf: (graph, collection, id) => {
      const { label, facets, otherNames } = view(collection);
      const ru = label(graph, id, 'ru').text;
      // The name in each other UI language it has one in.
      const title: Partial<Record<'kk' | 'en', string>> = {};
      for (const lang of ['kk', 'en'] as const) {
        const picked = label(graph, id, lang);
        if (picked.lang === lang) title[lang] = picked.text;
      }
      const names = [...Object.values(title), ...(otherNames?.(graph, id) ?? [])];
      return {
        ...facets(graph, id),
        shown: { title },
        names: [...new Set(names)].filter((name) => name !== ru),
      };
    },
    listedCollections: registry.indexedNames.filter((name) => view(name).listing !== undefined),
    listing: (graph, collection, lang) => {
      const list = view(collection).listing;
      if (!list) throw new Error(`collections: "${collection}" has an index page of its own`);
      return list(graph, lang);
    },
  };
}

/** The site's views. */
export const VIEWS = createViews(REGISTRY, {
  articles: articlesView,
  sections: sectionsView,
  norms: normsView,
  statistics: statisticsView,
  sources: sourcesView,
  organizations: organizationsView,
  notes: notesView,
  glossary: glossaryView,
} satisfies Record<EntityCollection, View>);

/** The collections the shared index page lists. */
export const LISTED_COLLECTIONS = VIEWS.listedCollections as readonly IndexedCollection[];

/** The name an entry of the site goes by in lists and links, in the UI language where it has one. */
export const entityLabel = (graph: Graph, collection: EntityCollection, id: string, lang: UiLang): Picked =>
  VIEWS.entityLabel(graph, collection, id, lang);

/** The search facets of an entry of the site. */
export const facetsOf = (graph: Graph, collection: EntityCollection, id: string): SearchFacets =>
  VIEWS.facetsOf(graph, collection, id);
