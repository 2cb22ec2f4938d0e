/**
 * The shared page of a fact entry, `[collection]/[id]` (Starlight's routing model): its routes and
 * what every such page renders around its collection's body, computed once here.
 */
import { pick, useTranslations, type Picked, type UiLang } from '../i18n';
import { citeTargetOf } from './print/how-to-cite';
import type { CiteTarget } from './cite';
import { FACT_COLLECTIONS, REGISTRY, type FactCollection, type Registry } from './collections';
import { entityLabel, facetsOf } from './collections/views';
import type { Entry } from './content';
import type { Graph } from './graph';
import type { CapturedWork } from './metadata/capture';
import { normWork, sourceWork, statisticWork } from './metadata/captured-works';
import { dataset, legislation, type JsonLd, type JsonLdOptions } from './metadata/json-ld';
import { normDescription, shorten, statisticDescription } from './metadata/open-graph';
import { indexPath } from './routes';
import type { SearchFacets } from './search/facets';
import { localizedRoutes } from './site-url';

/** What a fact entry's page renders besides its body, in the page's UI language. */
interface PageFrame {
  /** The entry's name: the page's title and first heading. */
  title: Picked;
  /** The breadcrumbs above the title: the collection's index. */
  crumbs: { label: string; path: string }[];
  /** What "Cite this" cites: the entry's own record where it has one, else its page. */
  cite: CiteTarget;
  /** How the page is indexed for search. */
  search: SearchFacets;
  /**
   * A sentence for search snippets and the Open Graph preview; the site's tagline where there is
   * none; null where the page has none, its entry being a work with an abstract of its own (or none).
   */
  description: string | null | undefined;
  /** The entry as schema.org JSON-LD, for the collections that have a schema.org type. */
  jsonLd: JsonLd | undefined;
  /** What kind of work reference managers save from the page; a page of the site where unset. */
  capture: CapturedWork | undefined;
}

/** The props of a fact entry's page: the entry, told apart by its collection, and its frame. */
export type EntityPage = {
  [C in FactCollection]: PageFrame & { collection: C; entry: Entry<C> };
}[FactCollection];

/**
 * What a collection's pages add to the head: a description (also their link preview; null for
 * none), a schema.org type, and the kind of work reference managers save.
 */
interface HeadMetadata {
  description(graph: Graph, id: string, lang: UiLang): string | null;
  jsonLd?(graph: Graph, id: string, options: JsonLdOptions): JsonLd;
  capture?(graph: Graph, id: string, lang: UiLang): CapturedWork;
}

/**
 * The collections whose pages say more in the head than their title; the others keep the defaults
 * (the tagline, and a web page of the site). Terms and notes are described by their definition or
 * text, which a reference manager saves as the web page's abstract. A source's page is the cited
 * work itself: the site's tagline would be imported as that work's abstract, so it has none.
 */
const HEAD_METADATA: Partial<Record<FactCollection, HeadMetadata>> = {
  norms: { description: normDescription, jsonLd: legislation, capture: (graph, id) => normWork(graph, id) },
  statistics: { description: statisticDescription, jsonLd: dataset, capture: statisticWork },
  sources: { description: () => null, capture: (graph, id) => sourceWork(graph, id) },
  glossary: {
    description: (graph, id, lang) => shorten(pick(graph.entry('glossary', id).data.definition, lang).text),
  },
  notes: { description: (graph, id, lang) => shorten(pick(graph.entry('notes', id).data.text, lang).text) },
};

/**
 * The page's search facets, with the summary a Kazakh or English UI shows for its result: the
 * page's description in that language, where its collection has one.
 */
function searchFacets(graph: Graph, collection: FactCollection, id: string, head: HeadMetadata | undefined) {
  const facets = facetsOf(graph, collection, id);
  const summary = Object.fromEntries(
    (['kk', 'en'] as const).flatMap((lang) => {
      const text = head?.description(graph, id, lang);
      return text ? [[lang, text]] : [];
    }),
  );
  return { ...facets, shown: { ...facets.shown, summary } };
}

/** The route parameters of a fact entry's page: the folder of its collection's pages, and its id. */
export function entityPageParams(registry: Registry, collection: string, id: string) {
  return { collection: registry.paged(collection).pages.folder, id };
}

/** One fact entry's page in a UI language: the entry, its title, crumbs, citation, search facets and head. */
function entityPage(
  graph: Graph,
  collection: FactCollection,
  entry: Entry<FactCollection>,
  options: JsonLdOptions,
) {
  const { lang } = options;
  const title = entityLabel(graph, collection, entry.id, lang);
  const head = HEAD_METADATA[collection];
  // The entry was read from the collection it is paired with here, so the pair is one of the union's.
  return {
    collection,
    entry,
    title,
    crumbs: [{ label: useTranslations(lang)(REGISTRY.navKey(collection)), path: indexPath(collection) }],
    cite: citeTargetOf(collection, entry.id, title.text),
    search: searchFacets(graph, collection, entry.id, head),
    description: head?.description(graph, entry.id, lang),
    jsonLd: head?.jsonLd?.(graph, entry.id, options),
    capture: head?.capture?.(graph, entry.id, lang),
  } as EntityPage;
}

/**
 * `getStaticPaths` of the shared entry page: every fact entry, in every UI language, with the
 * props of its page. `root` is the site's absolute root, for the JSON-LD's URLs.
 */
export function entityPageRoutes(graph: Graph, root: URL) {
  return localizedRoutes((lang) =>
    FACT_COLLECTIONS.flatMap((collection) =>
      graph.collections[collection].map((entry: Entry<FactCollection>) => ({
        params: entityPageParams(REGISTRY, collection, entry.id),
        props: entityPage(graph, collection, entry, { root, lang }),
      })),
    ),
  );
}

/** The props of a collection's body component (src/components/entities): its entry and the graph. */
export interface EntityBodyProps<C extends FactCollection> {
  entry: Entry<C>;
  graph: Graph;
}
