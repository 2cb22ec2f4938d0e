/** The part of Pagefind's browser API the search page uses (pagefind.js, Pagefind 1.6). */

export interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: { id: string; location: number }[];
}

export interface Hit {
  id: string;
  score: number;
  data: () => Promise<Fragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface Results {
  results: Hit[];
  filters: FilterCounts;
}

export interface Pagefind {
  options(options: object): Promise<void>;
  /** Fetches the index's entry, metadata and WebAssembly. */
  init(): Promise<void>;
  /** Fetches the index chunks a query's words are in, without searching. */
  preload(term: string): Promise<void>;
  search(query: string, options?: object): Promise<Results | null>;
  filters(): Promise<FilterCounts>;
}
