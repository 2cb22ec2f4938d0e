import { phrase, type Phrase } from '../../../i18n/phrase';
import type { Graph, NumberedEntry } from '../../graph';
import type { FindingParagraph } from '../types';

/** A footnote or numbered reference, with the article and list it stands in. */
export interface ListedEntry {
  /** The article's id. */
  article: string;
  /** Which list. */
  list: 'footnotes' | 'references';
  /** The entry. */
  entry: NumberedEntry;
}

/** Every footnote and numbered reference of every article: footnotes first, in number order. */
export function listedEntries(graph: Graph): ListedEntry[] {
  return graph.collections.articles.flatMap(({ id }) => [
    ...graph.footnotes(id).map((entry) => ({ article: id, list: 'footnotes' as const, entry })),
    ...graph.references(id).map((entry) => ({ article: id, list: 'references' as const, entry })),
  ]);
}

/** The body paragraphs that cite this very footnote or reference (by its number), in reading order. */
export function citingParagraphs(graph: Graph, { article, list, entry }: ListedEntry): FindingParagraph[] {
  const form = list === 'footnotes' ? 'footnote' : 'reference';
  return graph
    .citedIn('sources', entry.source.id)
    .filter((s) => s.form === form && s.number === entry.number && s.section.data.article.id === article)
    .map((s) => ({ section: s.section.id, paragraph: s.paragraph }));
}

/** «сноска 2» / “footnote 2”, «источник 5» / “reference 5”. */
export function placeLabel({ list, entry }: ListedEntry): Phrase {
  return phrase(list === 'footnotes' ? 'locator.footnote' : 'locator.reference', {
    number: entry.number,
  });
}
