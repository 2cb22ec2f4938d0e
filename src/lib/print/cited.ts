import type { CollectionName, Entry } from '../content';
import type { CitationSite, Graph, NumberedEntry } from '../graph';
import { paragraphAnchor } from '../routes';

/** One body paragraph: its section and its number there. */
export interface ParagraphRef {
  /** The section's id (`moldakhmetova-2025/introduction`). */
  section: string;
  /** The paragraph's number in the section, from 1. */
  paragraph: number;
}

/** Something a printed text cites, with the paragraphs of that text that cite it. */
export interface CitedItem<T> {
  /** Stable key of the item across print documents, for merging a selection: `footnote:<article>:3`. */
  key: string;
  /** The item. */
  item: T;
  /** The paragraphs of the text that cite it, in reading order, as anchors (`introduction-p3`). */
  citedIn: string[];
}

/** Everything a printed text cites, each list in the article's order. */
export interface PrintSources {
  /** Footnotes, by number. */
  footnotes: CitedItem<NumberedEntry>[];
  /** Numbered references, by number. */
  references: CitedItem<NumberedEntry>[];
  /** Norms mentioned or cited (a legal act cited by footnote counts), in the collection's order. */
  norms: CitedItem<Entry<'norms'>>[];
  /** Figures mentioned, in the collection's order. */
  statistics: CitedItem<Entry<'statistics'>>[];
}

/** The anchor a paragraph has on its section's page and in print (`introduction-p3`). */
export const anchorOf = (ref: ParagraphRef): string => paragraphAnchor(ref.section, ref.paragraph);

/** Every paragraph of a section, in order. */
export function sectionParagraphs(graph: Graph, section: string): ParagraphRef[] {
  return graph.paragraphs(section).map((_, index) => ({ section, paragraph: index + 1 }));
}

/** Every paragraph of an article, in reading order. */
export function articleParagraphs(graph: Graph, article: string): ParagraphRef[] {
  return graph.sections(article).flatMap((section) => sectionParagraphs(graph, section.id));
}

/**
 * The paragraphs an entity's print document quotes: those that cite or mention it, or, for an
 * editorial note, the paragraphs it is about. In reading order, each once.
 */
export function entityParagraphs(graph: Graph, collection: CollectionName, id: string): ParagraphRef[] {
  if (collection === 'notes') {
    const order = new Map(graph.collections.sections.map((s, index) => [s.id, index]));
    return graph
      .entry('notes', id)
      .data.about.paragraphs.map(({ section, paragraph }) => ({ section: section.id, paragraph }))
      .sort(
        (a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) || a.paragraph - b.paragraph,
      );
  }
  return graph.citedIn(collection, id).map((site) => ({ section: site.section.id, paragraph: site.paragraph }));
}

/**
 * Exactly what the given paragraphs cite: the footnotes and references their markers point at,
 * the norms and figures they mention (a legal act cited by a footnote brings its norm), each
 * with the paragraphs that cite it. Nothing the paragraphs do not cite is listed.
 */
export function citedBy(graph: Graph, paragraphs: ParagraphRef[]): PrintSources {
  const wanted = new Set(paragraphs.map(anchorOf));
  const within = (sites: CitationSite[]) =>
    sites
      .map((site) => anchorOf({ section: site.section.id, paragraph: site.paragraph }))
      .filter((anchor) => wanted.has(anchor));
  const articles = [...new Set(paragraphs.map((p) => graph.entry('sections', p.section).data.article.id))];

  const numbered = (list: 'footnotes' | 'references') =>
    articles.flatMap((article) =>
      graph[list](article).flatMap((entry): CitedItem<NumberedEntry>[] => {
        const form = list === 'footnotes' ? 'footnote' : 'reference';
        const sites = graph
          .citedIn('sources', entry.source.id)
          .filter((site) => site.form === form && site.number === entry.number && site.section.data.article.id === article);
        const citedIn = within(sites);
        return citedIn.length > 0 ? [{ key: `${form}:${article}:${entry.number}`, item: entry, citedIn }] : [];
      }),
    );
  const mentioned = <C extends 'norms' | 'statistics'>(collection: C) =>
    graph.collections[collection].flatMap((entry): CitedItem<Entry<C>>[] => {
      const citedIn = within(graph.citedIn(collection, entry.id));
      return citedIn.length > 0 ? [{ key: `${collection}:${entry.id}`, item: entry as Entry<C>, citedIn }] : [];
    });

  return {
    footnotes: numbered('footnotes'),
    references: numbered('references'),
    norms: mentioned('norms'),
    statistics: mentioned('statistics'),
  };
}
