import type { Picked, PlainKey, UiLang } from '../../i18n';
import type { ContentExtension } from '../content-files';
import type { Graph } from '../graph';
import type { SearchFacets, SearchType } from '../search/facets';

/**
 * What a collection declares about itself: plain data, so that browser code and the Markdown
 * plugin can read it without the code that renders entries.
 */
export interface Declaration<Name extends string = string> {
  /** Its name: the folder `content/<name>/` and the key of its entries (`norms:<id>`). */
  name: Name;
  /** The file type its entries are written in. */
  extension: ContentExtension;
  /** The scheme section text mentions an entry by: `[Конституция РК](norm:id)`. */
  mention?: string;
  /** Its entries as an open-data set (`data/<name>.json`), and whether they quote the article. */
  openData?: { quotesArticle: boolean };
  /** Its pages; absent for a collection whose entries have no page (comparison rows). */
  pages?: {
    /** The folder its pages live in, under the language prefix (`norms/<id>/`). */
    folder: string;
    /** What a search result of it is (the type filter's value) and the UI string that labels it. */
    search: { type: SearchType; labelKey: PlainKey };
    /** Listed among other pages' "Related entries", with the UI string of its kind («норма»). */
    related?: { kindKey: PlainKey };
    /** Whether it prints as facts plus the paragraphs that cite them (the article prints as text). */
    printsAsFacts: boolean;
    /**
     * Its index page, named in the site's navigation (in registry order) by `navKey`. Absent for
     * a collection listed inside another's pages (sections, under their article).
     */
    index?: { navKey: PlainKey };
  };
}

/** A declaration with pages, for type narrowing. */
export type PagedDeclaration<Name extends string = string> = Declaration<Name> & {
  pages: NonNullable<Declaration['pages']>;
};

export function hasPages(declaration: Declaration): declaration is PagedDeclaration {
  return declaration.pages !== undefined;
}

/** What a collection's index page lists: entries in display order, and the line shown beside each. */
export interface Listing {
  ids: string[];
  describe: (id: string) => string;
}

/** How a collection with pages shows its entries: server-side code, beside its declaration. */
export interface View {
  /** The name an entry goes by in lists and links, in the UI language where it has one. */
  label(graph: Graph, id: string, lang: UiLang): Picked;
  /** The search facets of an entry, read from the same data its page renders. */
  facets(graph: Graph, id: string): SearchFacets;
  /** Names an entry has besides its label in each language (a norm's official titles). */
  otherNames?(graph: Graph, id: string): string[];
  /** What the shared index page lists; none where the collection has an index page of its own. */
  listing?(graph: Graph, lang: UiLang): Listing;
}
