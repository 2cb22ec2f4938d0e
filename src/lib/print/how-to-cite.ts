import type { UiLang } from '../../i18n';
import {
  CITATION_STYLES,
  copiedText,
  formatCitation,
  RECORD_COLLECTIONS,
  type CitationStyle,
  type CiteTarget,
  type RecordCollection,
} from '../cite';
import type { Graph } from '../graph';
import { type EntityCollection } from '../collections';
import { entityPath } from '../routes';

/** One "How to cite" line of a print document. */
export interface CitationLine {
  /** The style. */
  style: CitationStyle;
  /** The citation, plain text. */
  text: string;
}

/**
 * The "How to cite" lines of a print document, one per offered style (the article's own GOST
 * first), as a copy button copies them, with the regular page's permanent URL and the access
 * date; for a section, narrowed to the paragraphs printed where a range is given.
 */
export function howToCite(
  graph: Graph,
  target: CiteTarget,
  lang: UiLang,
  options: { url: string; accessed: string; paragraphs?: string },
): CitationLine[] {
  return CITATION_STYLES.map((style) => ({
    style,
    text: copiedText(formatCitation(graph, target, style, lang, options)),
  }));
}

/**
 * What an entry's print document cites itself as: the entry's own citation record where it has
 * one (the article, a section, a source, a norm), else its page on this site.
 */
export function citeTargetOf(collection: EntityCollection, id: string, title: string): CiteTarget {
  return (RECORD_COLLECTIONS as readonly string[]).includes(collection)
    ? { collection: collection as RecordCollection, id }
    : { collection: 'page', path: entityPath(collection, id), title };
}
