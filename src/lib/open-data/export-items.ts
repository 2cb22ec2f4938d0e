import type { OpenDataCollection } from '../collections';
import type { Entry } from '../content';
import type { Graph } from '../graph';
import {
  entityPath,
  footnoteAnchor,
  fullTextPath,
  paragraphAnchor,
  paragraphPath,
  referenceAnchor,
} from '../routes';
import { comparisonMatrix } from '../visuals/comparison-matrix';
import { isReference } from '../integrity';
import type { DataSet, ExportItem, Flattened, License } from './schemas';

/** A base-less site path made absolute. */
const absolute = (root: URL, path: string): string => new URL(path, root).href;

/**
 * An entry's data as published: every reference replaced by its id, absent optional fields left
 * out. Plain objects and arrays are copied; everything else is kept as it is.
 */
export function flattenReferences<T>(value: T): Flattened<T> {
  if (Array.isArray(value)) return value.map((item: unknown) => flattenReferences(item)) as Flattened<T>;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value as Flattened<T>;
  if (isReference(value)) return value.id as Flattened<T>;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, flattenReferences(item)]),
  ) as Flattened<T>;
}

/** The data sets that are one collection each: named after it. */
type CollectionSet = OpenDataCollection;

/**
 * The page of an entry, base-less. Comparison rows have no page of their own: they are rows of the
 * matrix on the overview page, linked by the anchor the matrix gives them.
 */
function pagePath(graph: Graph, set: CollectionSet, id: string): string {
  if (set !== 'comparisons') return entityPath(set, id);
  const row = comparisonMatrix(graph, 'ru').rows.find((r) => r.id === id);
  if (!row) throw new Error(`open data: no comparison row "${id}"`);
  return `overview/#${row.anchor}`;
}

/** The items of a data set that is one collection: each entry's data with its id and page. */
export function collectionItems<S extends CollectionSet>(graph: Graph, set: S, root: URL): ExportItem<S>[] {
  const entries: Entry<S>[] = graph.collections[set];
  return exportItems(entries, root, (id) => pagePath(graph, set, id)) as ExportItem<S>[];
}

/** Entries as export items: each one's data, references flattened to ids, with its id and page. */
export function exportItems(
  entries: readonly { id: string; data: unknown }[],
  root: URL,
  pageOf: (id: string) => string,
): Record<string, unknown>[] {
  return entries.map((entry) => ({
    id: entry.id,
    pageUrl: absolute(root, pageOf(entry.id)),
    ...(flattenReferences(entry.data) as object),
  }));
}

/**
 * The articles with their structure: front matter, sections in reading order with each
 * paragraph's verbatim text and permalink, and footnotes and references as printed.
 */
export function articleItems(graph: Graph, root: URL): ExportItem<'article'>[] {
  return graph.collections.articles.map((article) => {
    const page = entityPath('articles', article.id);
    return {
      id: article.id,
      pageUrl: absolute(root, page),
      fullTextUrl: absolute(root, fullTextPath(article.id)),
      ...flattenReferences(article.data),
      sections: graph.sections(article.id).map((section) => ({
        id: section.id,
        pageUrl: absolute(root, entityPath('sections', section.id)),
        ...flattenReferences(section.data),
        paragraphs: graph.paragraphs(section.id).map((text, index) => ({
          number: index + 1,
          anchor: paragraphAnchor(section.id, index + 1),
          permalink: absolute(root, paragraphPath(section.id, index + 1)),
          text,
        })),
      })),
      footnotes: graph.footnotes(article.id).map(({ number, source, printed }) => ({
        number,
        anchor: footnoteAnchor(number),
        permalink: absolute(root, `${page}#${footnoteAnchor(number)}`),
        source: source.id,
        printed,
      })),
      references: graph.references(article.id).map(({ number, source, printed, printedTransliterated }) => {
        if (printedTransliterated === undefined)
          throw new Error(`open data: reference ${number} of ${article.id} has no transliterated form`);
        return {
          number,
          anchor: referenceAnchor(number),
          permalink: absolute(root, `${page}#${referenceAnchor(number)}`),
          source: source.id,
          printed,
          printedTransliterated,
        };
      }),
    };
  });
}

/** The items of any data set. */
export function dataSetItems<D extends DataSet>(graph: Graph, set: D, root: URL): ExportItem<D>[] {
  return (
    set === 'article' ? articleItems(graph, root) : collectionItems(graph, set as CollectionSet, root)
  ) as ExportItem<D>[];
}

/**
 * The terms of the exports. The editors' encoding is CC BY 4.0; the article's own words, quoted
 * verbatim throughout, are the author's and the journal's, and no licence is given for them here.
 */
export function licenseOf(graph: Graph): License {
  const articles = graph.collections.articles
    .map(
      ({ data }) =>
        `${data.authors.map((a) => a.name.ru).join(', ')}, «${data.citationTitle.ru}» (${data.publication.year}), https://doi.org/${data.doi}`,
    )
    .join('; ');
  return {
    id: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    covers:
      "The editorial encoding: the structure, ids, links between entries, labels, summaries, editorial facts with their sources, and notes. Attribute to the site's editors and link to the site.",
    excludes: `Text quoted verbatim from the published article (${articles}): its paragraphs, headings, front matter, footnotes, reference entries and the quotes and sentences in the items. It is reproduced for research and citation; its rights remain with the author and the journal, and this licence does not cover it.`,
  };
}
