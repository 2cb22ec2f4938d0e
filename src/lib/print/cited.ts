import type { CollectionName, Entry } from '../content';
import type { Graph, NumberedEntry } from '../graph';
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
  /** Its place in its list across the site: the printed number, or the collection's order. */
  order: number;
  /** The paragraphs of the text that cite it, in reading order, as anchors (`introduction-p3`). */
  citedIn: string[];
  /**
   * Those of them where the article does not name it and the editors read the passage as it
   * (norms only), in reading order.
   */
  readingIn: ParagraphRef[];
}

/** Everything a printed text cites, each list in the article's order. */
export interface PrintSources {
  /** Footnotes, by number. */
  footnotes: CitedItem<NumberedEntry>[];
  /** Numbered references, by number. */
  references: CitedItem<NumberedEntry>[];
  /**
   * Norms mentioned or cited (a legal act cited by footnote counts), and those the editors read
   * a paragraph as, in the collection's order.
   */
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
      .sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) || a.paragraph - b.paragraph);
  }
  return graph
    .citedIn(collection, id)
    .map((site) => ({ section: site.section.id, paragraph: site.paragraph }));
}

/**
 * Exactly what the given paragraphs cite: the footnotes and references their markers point at,
 * the figures they mention and the norms they name or are read as (a legal act cited by footnote
 * or reference brings its norm), each with the paragraphs that cite it. Nothing the paragraphs do
 * not cite is listed.
 */
export function citedBy(graph: Graph, paragraphs: ParagraphRef[]): PrintSources {
  const wanted = new Set(paragraphs.map(anchorOf));
  // Key → the item and the anchors citing it, in the order the paragraphs are read.
  const found = new Map<string, { item: unknown; citedIn: string[]; readingIn: ParagraphRef[] }>();
  const add = (key: string, item: unknown, anchor: string) => {
    const entry = found.get(key) ?? { item, citedIn: [], readingIn: [] };
    if (!entry.citedIn.includes(anchor)) entry.citedIn.push(anchor);
    found.set(key, entry);
    return entry;
  };
  for (const section of new Set(paragraphs.map((p) => p.section))) {
    const article = graph.entry('sections', section).data.article.id;
    for (const { paragraph, target } of graph.citations(section)) {
      const anchor = anchorOf({ section, paragraph });
      if (!wanted.has(anchor)) continue;
      // Norms come from their citation sites below, which know the readings.
      if (target.type === 'mention') {
        if (target.collection === 'statistics')
          add(`statistics:${target.id}`, graph.entry('statistics', target.id), anchor);
        continue;
      }
      const list = target.type === 'footnote' ? 'footnotes' : 'references';
      const entry = graph[list](article).find((e) => e.number === target.number);
      if (!entry) continue; // the graph has already refused a number no source prints
      add(`${target.type}:${article}:${target.number}`, entry, anchor);
    }
  }
  for (const norm of graph.collections.norms) {
    for (const site of graph.citedIn('norms', norm.id)) {
      const ref = { section: site.section.id, paragraph: site.paragraph };
      if (!wanted.has(anchorOf(ref))) continue;
      const entry = add(`norms:${norm.id}`, norm, anchorOf(ref));
      if (site.reading) entry.readingIn.push(ref);
    }
  }
  const order = paragraphs.map(anchorOf);
  const byAnchorOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const listed = <T>(prefix: string, rank: (item: T) => number): CitedItem<T>[] =>
    [...found.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, { item, citedIn, readingIn }]) => ({
        key,
        item: item as T,
        order: rank(item as T),
        citedIn: citedIn.sort(byAnchorOrder),
        readingIn: readingIn.sort((a, b) => byAnchorOrder(anchorOf(a), anchorOf(b))),
      }))
      .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key, 'en'));
  const place = <C extends 'norms' | 'statistics'>(collection: C) => {
    const ids = graph.collections[collection].map((e) => e.id);
    return (item: Entry<C>) => ids.indexOf(item.id);
  };
  return {
    footnotes: listed<NumberedEntry>('footnote:', (e) => e.number),
    references: listed<NumberedEntry>('reference:', (e) => e.number),
    norms: listed('norms:', place('norms')),
    statistics: listed('statistics:', place('statistics')),
  };
}
