/** The collections whose entries have a citation record of their own (and its download files). */
export const RECORD_COLLECTIONS = ['articles', 'sections', 'sources', 'norms'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** An entry that has a citation record: the article, a section, a source or a norm. */
export interface RecordTarget {
  /** The entry's collection. */
  collection: RecordCollection;
  /** The entry's id. */
  id: string;
}

/** A page of the explorer itself (a statistic, an organisation, a note, an index…): cited as a web page. */
export interface PageTarget {
  /** Marks the explorer's own page. */
  collection: 'page';
  /** The page's path without the base and the language prefix (`statistics/x/`). */
  path: string;
  /** The page's title, in the UI language. */
  title: string;
}

/** What can be cited: the article, a section, a source, a norm, or any other page of the site. */
export type CiteTarget = RecordTarget | PageTarget;

/** The citation styles offered: GOST R 7.0.5-2008 (the article's own) and APA 7. */
export type CitationStyle = 'gost' | 'apa';

/** Whether a target has a record of its own, and so download files. */
export function hasRecord(target: CiteTarget): target is RecordTarget {
  return target.collection !== 'page';
}
