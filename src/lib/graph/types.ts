import type { CollectionName, Collections, Entry } from '../content';
import type { MentionCollection } from '../collections';
import type { CitationRecord } from '../markdown/remark-article-references';

/** A footnote or reference-list entry of an article, with the source it prints. */
export interface NumberedEntry {
  /** The number as printed. */
  number: number;
  /** The source. */
  source: Entry<'sources'>;
  /** The text exactly as printed (the Russian list, for references). */
  printed: string;
  /** For references: the entry in the transliterated list. */
  printedTransliterated?: string;
}

/** A paragraph that cites or mentions an entity. */
export interface CitationSite {
  /** The section. */
  section: Entry<'sections'>;
  /** The paragraph number in the section. */
  paragraph: number;
  /** The paragraph's text. */
  text: string;
  /** How it points: a footnote marker, a bracket citation, or a mention in the text. */
  form: 'footnote' | 'reference' | 'mention';
  /** The printed footnote or reference number, for those forms. */
  number?: number;
  /**
   * Where the article does not name the norm here and the editors read the passage as it: the note
   * that gives their reasoning (see the norm's `identifiedAs`).
   */
  reading?: Entry<'notes'>;
}

/** An entity cited in the same paragraphs as another. */
export interface RelatedEntry {
  /** Its collection. */
  collection: CollectionName;
  /** Its id. */
  id: string;
  /** How many paragraphs cite both. */
  shared: number;
  /** How many of those rest, for either entity, on the editors' reading rather than the article's words. */
  readings: number;
}

/** A citation site filed under the entity it cites (an `entityKey`). */
export type KeyedSite = [key: string, site: CitationSite];

/** The cross-reference graph: computed once from the collections, read by every page. */
export interface Graph {
  /** The collections, each sorted for display. */
  readonly collections: Collections;
  /** An entry by id; throws on an unknown id (the build has already checked every reference). */
  entry<C extends CollectionName>(collection: C, id: string): Entry<C>;
  /** An article's sections in reading order. */
  sections(article: string): Entry<'sections'>[];
  /** A section's paragraphs (verbatim text). */
  paragraphs(section: string): string[];
  /** An article's footnotes in number order. */
  footnotes(article: string): NumberedEntry[];
  /** An article's numbered references in number order. */
  references(article: string): NumberedEntry[];
  /** The footnotes and references a section cites, in number order. */
  citedBySection(section: string): { footnotes: NumberedEntry[]; references: NumberedEntry[] };
  /** Every footnote marker, bracket citation and mention in a section, by paragraph, in reading order. */
  citations(section: string): CitationRecord[];
  /** The entities a section's text mentions, each once, in order of first mention. */
  mentionsIn(section: string): { collection: MentionCollection; id: string }[];
  /** The footnote or reference a figure cites, or undefined where the article gives none. */
  sourceOfStatistic(id: string): NumberedEntry | undefined;
  /** Every paragraph that cites or mentions an entity, in reading order. */
  citedIn(collection: CollectionName, id: string): CitationSite[];
  /**
   * Entities cited or mentioned in the same paragraphs as this one, most shared paragraphs first:
   * norms relied on together, sources cited together, figures from the same place. `readings`
   * counts the shared paragraphs where one of the two rests on an editorial reading.
   */
  related(collection: CollectionName, id: string): RelatedEntry[];
  /** Editorial notes about an entity. */
  notesAbout(collection: CollectionName, id: string): Entry<'notes'>[];
}
